-- 12 queries, compiled for bigquery

-- query 1
SELECT
  `t1`.`campaign_id`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1790812800.0
      ) AND (
        `t1`.`created` < 1793491200.0
      ), 1, 0)
    ),
    0
  ) AS `current__count_created`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1790812800.0
    ) AND (
      `t1`.`mql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_mql`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1790812800.0
    ) AND (
      `t1`.`sql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1790812800.0
        )
        AND (
          `t1`.`opportunity` < 1793491200.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t1`.`won` >= 1790812800.0
    ) AND (
      `t1`.`won` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          (
            `t1`.`created` IS NOT NULL
          ) AND (
            `t1`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1790812800.0
      ) AND (
        `t1`.`created` < 1793491200.0
      ), 1, 0)
    ),
    0
  ) AS `current__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1790812800.0
        )
        AND (
          `t1`.`mql` < 1793491200.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_0_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`created` IS NOT NULL
              ) AND (
                `t1`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
        ORDER BY
          ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`created` IS NOT NULL
              ) AND (
                `t1`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
        ORDER BY
          ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`created` IS NOT NULL
                    ) AND (
                      `t1`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              ORDER BY
                ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`created` IS NOT NULL
                      ) AND (
                        `t1`.`mql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
                ORDER BY
                  ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`created` IS NOT NULL
                      ) AND (
                        `t1`.`mql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
                ORDER BY
                  ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`created` IS NOT NULL
              ) AND (
                `t1`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
        ORDER BY
          ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`created` IS NOT NULL
                    ) AND (
                      `t1`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              ORDER BY
                ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`created` IS NOT NULL
                    ) AND (
                      `t1`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              ORDER BY
                ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`created` IS NOT NULL
                    ) AND (
                      `t1`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
              ORDER BY
                ibis_bq_arr_n66qrrilevf5bajz7d4w6arnf4
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_0_median_days`,
  AVG(
    IF(
      (
        `t1`.`created` >= 1790812800.0
      )
      AND (
        `t1`.`created` < 1793491200.0
      )
      AND (
        (
          `t1`.`created` IS NOT NULL
        ) AND (
          `t1`.`mql` IS NOT NULL
        )
      ),
      ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
      NULL
    )
  ) AS `current__cohort_0_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
        ORDER BY
          ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
        ORDER BY
          ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              ORDER BY
                ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
                ORDER BY
                  ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
                ORDER BY
                  ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
        ORDER BY
          ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              ORDER BY
                ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              ORDER BY
                ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
              ORDER BY
                ibis_bq_arr_iupnsjjdbjgabfngf43o2kebdu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_0_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`mql` >= 1790812800.0
            )
            AND (
              `t1`.`mql` < 1793491200.0
            )
            AND (
              `t1`.`created` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
        ORDER BY
          ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`mql` >= 1790812800.0
            )
            AND (
              `t1`.`mql` < 1793491200.0
            )
            AND (
              `t1`.`created` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
        ORDER BY
          ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`mql` < 1793491200.0
                  )
                  AND (
                    `t1`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              ORDER BY
                ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`mql` >= 1790812800.0
                    )
                    AND (
                      `t1`.`mql` < 1793491200.0
                    )
                    AND (
                      `t1`.`created` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
                ORDER BY
                  ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`mql` >= 1790812800.0
                    )
                    AND (
                      `t1`.`mql` < 1793491200.0
                    )
                    AND (
                      `t1`.`created` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
                ORDER BY
                  ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`mql` >= 1790812800.0
            )
            AND (
              `t1`.`mql` < 1793491200.0
            )
            AND (
              `t1`.`created` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
        ORDER BY
          ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`mql` < 1793491200.0
                  )
                  AND (
                    `t1`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              ORDER BY
                ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`mql` < 1793491200.0
                  )
                  AND (
                    `t1`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              ORDER BY
                ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`mql` < 1793491200.0
                  )
                  AND (
                    `t1`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
              ORDER BY
                ibis_bq_arr_2dsfzjtsv5di7my7b2dzosr4qm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_0_median_days`,
  AVG(
    IF(
      (
        `t1`.`mql` >= 1790812800.0
      )
      AND (
        `t1`.`mql` < 1793491200.0
      )
      AND (
        `t1`.`created` IS NOT NULL
      ),
      ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
      NULL
    )
  ) AS `current__calendar_0_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          ) AND (
            `t1`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1790812800.0
    ) AND (
      `t1`.`mql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1790812800.0
        )
        AND (
          `t1`.`sql` < 1793491200.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_1_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`mql` IS NOT NULL
              ) AND (
                `t1`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
        ORDER BY
          ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`mql` IS NOT NULL
              ) AND (
                `t1`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
        ORDER BY
          ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`mql` IS NOT NULL
                    ) AND (
                      `t1`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              ORDER BY
                ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`mql` IS NOT NULL
                      ) AND (
                        `t1`.`sql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
                ORDER BY
                  ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`mql` IS NOT NULL
                      ) AND (
                        `t1`.`sql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
                ORDER BY
                  ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`mql` IS NOT NULL
              ) AND (
                `t1`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
        ORDER BY
          ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`mql` IS NOT NULL
                    ) AND (
                      `t1`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              ORDER BY
                ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`mql` IS NOT NULL
                    ) AND (
                      `t1`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              ORDER BY
                ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`mql` IS NOT NULL
                    ) AND (
                      `t1`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
              ORDER BY
                ibis_bq_arr_frufopv7xzbnpktdrwuxtykeme
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_1_median_days`,
  AVG(
    IF(
      (
        `t1`.`created` >= 1790812800.0
      )
      AND (
        `t1`.`created` < 1793491200.0
      )
      AND (
        (
          `t1`.`mql` IS NOT NULL
        ) AND (
          `t1`.`sql` IS NOT NULL
        )
      ),
      ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
      NULL
    )
  ) AS `current__cohort_1_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
        ORDER BY
          ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
        ORDER BY
          ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              ORDER BY
                ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
                ORDER BY
                  ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
                ORDER BY
                  ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
        ORDER BY
          ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              ORDER BY
                ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              ORDER BY
                ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
              ORDER BY
                ibis_bq_arr_ir4lldyw2zapzjrfdbrg62kytq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_1_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`sql` >= 1790812800.0
            )
            AND (
              `t1`.`sql` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
        ORDER BY
          ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`sql` >= 1790812800.0
            )
            AND (
              `t1`.`sql` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
        ORDER BY
          ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`sql` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              ORDER BY
                ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`sql` >= 1790812800.0
                    )
                    AND (
                      `t1`.`sql` < 1793491200.0
                    )
                    AND (
                      `t1`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
                ORDER BY
                  ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`sql` >= 1790812800.0
                    )
                    AND (
                      `t1`.`sql` < 1793491200.0
                    )
                    AND (
                      `t1`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
                ORDER BY
                  ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`sql` >= 1790812800.0
            )
            AND (
              `t1`.`sql` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
        ORDER BY
          ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`sql` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              ORDER BY
                ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`sql` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              ORDER BY
                ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`sql` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
              ORDER BY
                ibis_bq_arr_ukrg5prxp5bavltp3puem4567m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_1_median_days`,
  AVG(
    IF(
      (
        `t1`.`sql` >= 1790812800.0
      )
      AND (
        `t1`.`sql` < 1793491200.0
      )
      AND (
        `t1`.`mql` IS NOT NULL
      ),
      ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
      NULL
    )
  ) AS `current__calendar_1_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          ) AND (
            `t1`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1790812800.0
    ) AND (
      `t1`.`sql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1790812800.0
        )
        AND (
          `t1`.`opportunity` < 1793491200.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_2_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`sql` IS NOT NULL
              ) AND (
                `t1`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
        ORDER BY
          ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`sql` IS NOT NULL
              ) AND (
                `t1`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
        ORDER BY
          ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`sql` IS NOT NULL
                    ) AND (
                      `t1`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              ORDER BY
                ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`sql` IS NOT NULL
                      ) AND (
                        `t1`.`opportunity` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
                ORDER BY
                  ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`sql` IS NOT NULL
                      ) AND (
                        `t1`.`opportunity` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
                ORDER BY
                  ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`sql` IS NOT NULL
              ) AND (
                `t1`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
        ORDER BY
          ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`sql` IS NOT NULL
                    ) AND (
                      `t1`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              ORDER BY
                ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`sql` IS NOT NULL
                    ) AND (
                      `t1`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              ORDER BY
                ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`sql` IS NOT NULL
                    ) AND (
                      `t1`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
              ORDER BY
                ibis_bq_arr_gypwgvy4vvd2vj5bxnibftqv3u
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_2_median_days`,
  AVG(
    IF(
      (
        `t1`.`created` >= 1790812800.0
      )
      AND (
        `t1`.`created` < 1793491200.0
      )
      AND (
        (
          `t1`.`sql` IS NOT NULL
        ) AND (
          `t1`.`opportunity` IS NOT NULL
        )
      ),
      ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
      NULL
    )
  ) AS `current__cohort_2_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
        ORDER BY
          ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
        ORDER BY
          ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              ORDER BY
                ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
                ORDER BY
                  ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
                ORDER BY
                  ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
        ORDER BY
          ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              ORDER BY
                ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              ORDER BY
                ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
              ORDER BY
                ibis_bq_arr_lrel4k6dlfdaxpn7neenjvd4ly
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_2_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`opportunity` >= 1790812800.0
            )
            AND (
              `t1`.`opportunity` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
        ORDER BY
          ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`opportunity` >= 1790812800.0
            )
            AND (
              `t1`.`opportunity` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
        ORDER BY
          ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t1`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              ORDER BY
                ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`opportunity` >= 1790812800.0
                    )
                    AND (
                      `t1`.`opportunity` < 1793491200.0
                    )
                    AND (
                      `t1`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
                ORDER BY
                  ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`opportunity` >= 1790812800.0
                    )
                    AND (
                      `t1`.`opportunity` < 1793491200.0
                    )
                    AND (
                      `t1`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
                ORDER BY
                  ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`opportunity` >= 1790812800.0
            )
            AND (
              `t1`.`opportunity` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
        ORDER BY
          ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t1`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              ORDER BY
                ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t1`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              ORDER BY
                ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t1`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
              ORDER BY
                ibis_bq_arr_bvjspzfgwvhh5aa5v72zo32giq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_2_median_days`,
  AVG(
    IF(
      (
        `t1`.`opportunity` >= 1790812800.0
      )
      AND (
        `t1`.`opportunity` < 1793491200.0
      )
      AND (
        `t1`.`sql` IS NOT NULL
      ),
      ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
      NULL
    )
  ) AS `current__calendar_2_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          ) AND (
            `t1`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1790812800.0
        )
        AND (
          `t1`.`opportunity` < 1793491200.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`won` >= 1790812800.0
        )
        AND (
          `t1`.`won` < 1793491200.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_3_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`opportunity` IS NOT NULL
              ) AND (
                `t1`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
        ORDER BY
          ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`opportunity` IS NOT NULL
              ) AND (
                `t1`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
        ORDER BY
          ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`opportunity` IS NOT NULL
                    ) AND (
                      `t1`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              ORDER BY
                ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`opportunity` IS NOT NULL
                      ) AND (
                        `t1`.`won` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
                ORDER BY
                  ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`opportunity` IS NOT NULL
                      ) AND (
                        `t1`.`won` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
                ORDER BY
                  ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`opportunity` IS NOT NULL
              ) AND (
                `t1`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
        ORDER BY
          ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`opportunity` IS NOT NULL
                    ) AND (
                      `t1`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              ORDER BY
                ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`opportunity` IS NOT NULL
                    ) AND (
                      `t1`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              ORDER BY
                ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`opportunity` IS NOT NULL
                    ) AND (
                      `t1`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
              ORDER BY
                ibis_bq_arr_3etbeciq5nc3dcipii3xnisray
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_3_median_days`,
  AVG(
    IF(
      (
        `t1`.`created` >= 1790812800.0
      )
      AND (
        `t1`.`created` < 1793491200.0
      )
      AND (
        (
          `t1`.`opportunity` IS NOT NULL
        ) AND (
          `t1`.`won` IS NOT NULL
        )
      ),
      ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `current__cohort_3_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`won` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
        ORDER BY
          ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`won` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
        ORDER BY
          ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              ORDER BY
                ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
                ORDER BY
                  ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
                ORDER BY
                  ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`won` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
        ORDER BY
          ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              ORDER BY
                ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              ORDER BY
                ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
              ORDER BY
                ibis_bq_arr_m4grnooefzcr3gc6mp67sjltmu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_3_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`won` >= 1790812800.0
            )
            AND (
              `t1`.`won` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
        ORDER BY
          ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`won` >= 1790812800.0
            )
            AND (
              `t1`.`won` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
        ORDER BY
          ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`won` >= 1790812800.0
                  )
                  AND (
                    `t1`.`won` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              ORDER BY
                ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`won` >= 1790812800.0
                    )
                    AND (
                      `t1`.`won` < 1793491200.0
                    )
                    AND (
                      `t1`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
                ORDER BY
                  ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`won` >= 1790812800.0
                    )
                    AND (
                      `t1`.`won` < 1793491200.0
                    )
                    AND (
                      `t1`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
                ORDER BY
                  ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`won` >= 1790812800.0
            )
            AND (
              `t1`.`won` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
        ORDER BY
          ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`won` >= 1790812800.0
                  )
                  AND (
                    `t1`.`won` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              ORDER BY
                ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`won` >= 1790812800.0
                  )
                  AND (
                    `t1`.`won` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              ORDER BY
                ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`won` >= 1790812800.0
                  )
                  AND (
                    `t1`.`won` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
              ORDER BY
                ibis_bq_arr_k4ghi7lq4rc6jpbwuvglwlukzi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_3_median_days`,
  AVG(
    IF(
      (
        `t1`.`won` >= 1790812800.0
      )
      AND (
        `t1`.`won` < 1793491200.0
      )
      AND (
        `t1`.`opportunity` IS NOT NULL
      ),
      ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `current__calendar_3_mean_days`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1788220800.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `prior__count_created`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1788220800.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_mql`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1788220800.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1788220800.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t1`.`won` >= 1788220800.0
    ) AND (
      `t1`.`won` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`created` IS NOT NULL
          ) AND (
            `t1`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1788220800.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `prior__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1788220800.0
        )
        AND (
          `t1`.`mql` < 1790812800.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_0_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          ) AND (
            `t1`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1788220800.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1788220800.0
        )
        AND (
          `t1`.`sql` < 1790812800.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_1_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          ) AND (
            `t1`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1788220800.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1788220800.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_2_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          ) AND (
            `t1`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1788220800.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`won` >= 1788220800.0
        )
        AND (
          `t1`.`won` < 1790812800.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_3_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1782864000.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `trailing__count_created`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1782864000.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_mql`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1782864000.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1782864000.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t1`.`won` >= 1782864000.0
    ) AND (
      `t1`.`won` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`created` IS NOT NULL
          ) AND (
            `t1`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1782864000.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `trailing__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1782864000.0
        )
        AND (
          `t1`.`mql` < 1790812800.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_0_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          ) AND (
            `t1`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1782864000.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1782864000.0
        )
        AND (
          `t1`.`sql` < 1790812800.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_1_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          ) AND (
            `t1`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1782864000.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1782864000.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_2_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          ) AND (
            `t1`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1782864000.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`won` >= 1782864000.0
        )
        AND (
          `t1`.`won` < 1790812800.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_3_converted`
FROM (
  SELECT
    *
  FROM `temp`.`main`.`"table_1"` AS `t0`
  WHERE
    `t0`.`campaign_id` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 2
SELECT
  `t1`.`channel`,
  `t1`.`campaign_id`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1782864000.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `h0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0) <= 3.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h0_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1782864000.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `h1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1782864000.0
        )
        AND (
          `t1`.`mql` < 1790812800.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0) <= 4.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1782864000.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `h2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1782864000.0
        )
        AND (
          `t1`.`sql` < 1790812800.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0) <= 6.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h2_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1782864000.0
        )
        AND (
          `t1`.`opportunity` < 1789170861.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `h3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1782864000.0
        )
        AND (
          `t1`.`opportunity` < 1789170861.0
        )
        AND (
          (
            `t1`.`won` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0) <= 50.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h3_converted`
FROM (
  SELECT
    `t0`.`created`,
    `t0`.`mql`,
    `t0`.`sql`,
    `t0`.`opportunity`,
    `t0`.`won`,
    `t0`.`lost`,
    COALESCE(`t0`.`channel`, '(none)') AS `channel`,
    COALESCE(`t0`.`campaign_id`, '(none)') AS `campaign_id`,
    `t0`.`amount`
  FROM `temp`.`main`.`"table_1"` AS `t0`
) AS `t1`
GROUP BY
  1,
  2;

-- query 3
SELECT
  `t1`.`channel`,
  `t1`.`campaign_id`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1788220800.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `h0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0) <= 3.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h0_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1788220800.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `h1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1788220800.0
        )
        AND (
          `t1`.`mql` < 1790812800.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0) <= 4.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1788220800.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `h2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1788220800.0
        )
        AND (
          `t1`.`sql` < 1790812800.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0) <= 6.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h2_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1788220800.0
        )
        AND (
          `t1`.`opportunity` < 1789170861.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `h3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1788220800.0
        )
        AND (
          `t1`.`opportunity` < 1789170861.0
        )
        AND (
          (
            `t1`.`won` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0) <= 50.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h3_converted`
FROM (
  SELECT
    `t0`.`created`,
    `t0`.`mql`,
    `t0`.`sql`,
    `t0`.`opportunity`,
    `t0`.`won`,
    `t0`.`lost`,
    COALESCE(`t0`.`channel`, '(none)') AS `channel`,
    COALESCE(`t0`.`campaign_id`, '(none)') AS `campaign_id`,
    `t0`.`amount`
  FROM `temp`.`main`.`"table_1"` AS `t0`
) AS `t1`
GROUP BY
  1,
  2;

-- query 4
SELECT
  `t1`.`channel`,
  `t1`.`campaign_id`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1790812800.0
      ) AND (
        `t1`.`created` < 1793231661.0
      ), 1, 0)
    ),
    0
  ) AS `h0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793231661.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0) <= 3.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h0_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1790812800.0
    ) AND (
      `t1`.`mql` < 1793145261.0
    ), 1, 0)),
    0
  ) AS `h1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1790812800.0
        )
        AND (
          `t1`.`mql` < 1793145261.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0) <= 4.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1790812800.0
    ) AND (
      `t1`.`sql` < 1792972461.0
    ), 1, 0)),
    0
  ) AS `h2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1790812800.0
        )
        AND (
          `t1`.`sql` < 1792972461.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0) <= 6.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h2_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`opportunity` IS NULL
      ) AND (
        `t1`.`opportunity` IS NOT NULL
      ), 1, 0)
    ),
    0
  ) AS `h3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` IS NULL
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        )
        AND (
          (
            `t1`.`won` IS NOT NULL
          )
          AND (
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0) <= 50.0
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `h3_converted`
FROM (
  SELECT
    `t0`.`created`,
    `t0`.`mql`,
    `t0`.`sql`,
    `t0`.`opportunity`,
    `t0`.`won`,
    `t0`.`lost`,
    COALESCE(`t0`.`channel`, '(none)') AS `channel`,
    COALESCE(`t0`.`campaign_id`, '(none)') AS `campaign_id`,
    `t0`.`amount`
  FROM `temp`.`main`.`"table_1"` AS `t0`
) AS `t1`
GROUP BY
  1,
  2;

-- query 5
SELECT
  `t1`.`channel`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1790812800.0
      ) AND (
        `t1`.`created` < 1793491200.0
      ), 1, 0)
    ),
    0
  ) AS `current__count_created`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1790812800.0
    ) AND (
      `t1`.`mql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_mql`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1790812800.0
    ) AND (
      `t1`.`sql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1790812800.0
        )
        AND (
          `t1`.`opportunity` < 1793491200.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t1`.`won` >= 1790812800.0
    ) AND (
      `t1`.`won` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          (
            `t1`.`created` IS NOT NULL
          ) AND (
            `t1`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1790812800.0
      ) AND (
        `t1`.`created` < 1793491200.0
      ), 1, 0)
    ),
    0
  ) AS `current__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1790812800.0
        )
        AND (
          `t1`.`mql` < 1793491200.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_0_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`created` IS NOT NULL
              ) AND (
                `t1`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
        ORDER BY
          ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`created` IS NOT NULL
              ) AND (
                `t1`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
        ORDER BY
          ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`created` IS NOT NULL
                    ) AND (
                      `t1`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              ORDER BY
                ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`created` IS NOT NULL
                      ) AND (
                        `t1`.`mql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
                ORDER BY
                  ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`created` IS NOT NULL
                      ) AND (
                        `t1`.`mql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
                ORDER BY
                  ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`created` IS NOT NULL
              ) AND (
                `t1`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
        ORDER BY
          ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`created` IS NOT NULL
                    ) AND (
                      `t1`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              ORDER BY
                ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`created` IS NOT NULL
                    ) AND (
                      `t1`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              ORDER BY
                ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`created` IS NOT NULL
                    ) AND (
                      `t1`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
              ORDER BY
                ibis_bq_arr_nju4wyw6zvgpxmiusmunlsv67m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_0_median_days`,
  AVG(
    IF(
      (
        `t1`.`created` >= 1790812800.0
      )
      AND (
        `t1`.`created` < 1793491200.0
      )
      AND (
        (
          `t1`.`created` IS NOT NULL
        ) AND (
          `t1`.`mql` IS NOT NULL
        )
      ),
      ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
      NULL
    )
  ) AS `current__cohort_0_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
        ORDER BY
          ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
        ORDER BY
          ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              ORDER BY
                ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
                ORDER BY
                  ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
                ORDER BY
                  ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
        ORDER BY
          ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              ORDER BY
                ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              ORDER BY
                ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
              ORDER BY
                ibis_bq_arr_3xtyqaky6ndb5kyreldg2zmz7m
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_0_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`mql` >= 1790812800.0
            )
            AND (
              `t1`.`mql` < 1793491200.0
            )
            AND (
              `t1`.`created` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
        ORDER BY
          ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`mql` >= 1790812800.0
            )
            AND (
              `t1`.`mql` < 1793491200.0
            )
            AND (
              `t1`.`created` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
        ORDER BY
          ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`mql` < 1793491200.0
                  )
                  AND (
                    `t1`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              ORDER BY
                ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`mql` >= 1790812800.0
                    )
                    AND (
                      `t1`.`mql` < 1793491200.0
                    )
                    AND (
                      `t1`.`created` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
                ORDER BY
                  ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`mql` >= 1790812800.0
                    )
                    AND (
                      `t1`.`mql` < 1793491200.0
                    )
                    AND (
                      `t1`.`created` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
                ORDER BY
                  ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`mql` >= 1790812800.0
            )
            AND (
              `t1`.`mql` < 1793491200.0
            )
            AND (
              `t1`.`created` IS NOT NULL
            ),
            ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
        ORDER BY
          ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`mql` < 1793491200.0
                  )
                  AND (
                    `t1`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              ORDER BY
                ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`mql` < 1793491200.0
                  )
                  AND (
                    `t1`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              ORDER BY
                ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`mql` < 1793491200.0
                  )
                  AND (
                    `t1`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
              ORDER BY
                ibis_bq_arr_ydraptwp2zauld7ttf6a42j5ae
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_0_median_days`,
  AVG(
    IF(
      (
        `t1`.`mql` >= 1790812800.0
      )
      AND (
        `t1`.`mql` < 1793491200.0
      )
      AND (
        `t1`.`created` IS NOT NULL
      ),
      ieee_divide(`t1`.`mql` - `t1`.`created`, 86400.0),
      NULL
    )
  ) AS `current__calendar_0_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          ) AND (
            `t1`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1790812800.0
    ) AND (
      `t1`.`mql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1790812800.0
        )
        AND (
          `t1`.`sql` < 1793491200.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_1_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`mql` IS NOT NULL
              ) AND (
                `t1`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
        ORDER BY
          ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`mql` IS NOT NULL
              ) AND (
                `t1`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
        ORDER BY
          ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`mql` IS NOT NULL
                    ) AND (
                      `t1`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              ORDER BY
                ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`mql` IS NOT NULL
                      ) AND (
                        `t1`.`sql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
                ORDER BY
                  ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`mql` IS NOT NULL
                      ) AND (
                        `t1`.`sql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
                ORDER BY
                  ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`mql` IS NOT NULL
              ) AND (
                `t1`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
        ORDER BY
          ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`mql` IS NOT NULL
                    ) AND (
                      `t1`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              ORDER BY
                ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`mql` IS NOT NULL
                    ) AND (
                      `t1`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              ORDER BY
                ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`mql` IS NOT NULL
                    ) AND (
                      `t1`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
              ORDER BY
                ibis_bq_arr_nzvtrw4ie5gmxclbn6ytyv2tzm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_1_median_days`,
  AVG(
    IF(
      (
        `t1`.`created` >= 1790812800.0
      )
      AND (
        `t1`.`created` < 1793491200.0
      )
      AND (
        (
          `t1`.`mql` IS NOT NULL
        ) AND (
          `t1`.`sql` IS NOT NULL
        )
      ),
      ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
      NULL
    )
  ) AS `current__cohort_1_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
        ORDER BY
          ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
        ORDER BY
          ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              ORDER BY
                ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
                ORDER BY
                  ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
                ORDER BY
                  ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
        ORDER BY
          ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              ORDER BY
                ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              ORDER BY
                ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
              ORDER BY
                ibis_bq_arr_j7nhqxdto5dwdb5mjaah5xsypa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_1_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`sql` >= 1790812800.0
            )
            AND (
              `t1`.`sql` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
        ORDER BY
          ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`sql` >= 1790812800.0
            )
            AND (
              `t1`.`sql` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
        ORDER BY
          ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`sql` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              ORDER BY
                ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`sql` >= 1790812800.0
                    )
                    AND (
                      `t1`.`sql` < 1793491200.0
                    )
                    AND (
                      `t1`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
                ORDER BY
                  ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`sql` >= 1790812800.0
                    )
                    AND (
                      `t1`.`sql` < 1793491200.0
                    )
                    AND (
                      `t1`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
                ORDER BY
                  ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`sql` >= 1790812800.0
            )
            AND (
              `t1`.`sql` < 1793491200.0
            )
            AND (
              `t1`.`mql` IS NOT NULL
            ),
            ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
        ORDER BY
          ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`sql` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              ORDER BY
                ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`sql` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              ORDER BY
                ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t1`.`sql` < 1793491200.0
                  )
                  AND (
                    `t1`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
              ORDER BY
                ibis_bq_arr_o7nbx6zq7raazevj5uuulfp4bi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_1_median_days`,
  AVG(
    IF(
      (
        `t1`.`sql` >= 1790812800.0
      )
      AND (
        `t1`.`sql` < 1793491200.0
      )
      AND (
        `t1`.`mql` IS NOT NULL
      ),
      ieee_divide(`t1`.`sql` - `t1`.`mql`, 86400.0),
      NULL
    )
  ) AS `current__calendar_1_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          ) AND (
            `t1`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1790812800.0
    ) AND (
      `t1`.`sql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1790812800.0
        )
        AND (
          `t1`.`opportunity` < 1793491200.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_2_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`sql` IS NOT NULL
              ) AND (
                `t1`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
        ORDER BY
          ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`sql` IS NOT NULL
              ) AND (
                `t1`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
        ORDER BY
          ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`sql` IS NOT NULL
                    ) AND (
                      `t1`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              ORDER BY
                ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`sql` IS NOT NULL
                      ) AND (
                        `t1`.`opportunity` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
                ORDER BY
                  ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`sql` IS NOT NULL
                      ) AND (
                        `t1`.`opportunity` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
                ORDER BY
                  ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`sql` IS NOT NULL
              ) AND (
                `t1`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
        ORDER BY
          ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`sql` IS NOT NULL
                    ) AND (
                      `t1`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              ORDER BY
                ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`sql` IS NOT NULL
                    ) AND (
                      `t1`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              ORDER BY
                ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`sql` IS NOT NULL
                    ) AND (
                      `t1`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
              ORDER BY
                ibis_bq_arr_bhobpvh3zjfnhjqlykxkc2znwy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_2_median_days`,
  AVG(
    IF(
      (
        `t1`.`created` >= 1790812800.0
      )
      AND (
        `t1`.`created` < 1793491200.0
      )
      AND (
        (
          `t1`.`sql` IS NOT NULL
        ) AND (
          `t1`.`opportunity` IS NOT NULL
        )
      ),
      ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
      NULL
    )
  ) AS `current__cohort_2_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
        ORDER BY
          ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
        ORDER BY
          ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              ORDER BY
                ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
                ORDER BY
                  ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
                ORDER BY
                  ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
        ORDER BY
          ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              ORDER BY
                ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              ORDER BY
                ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
              ORDER BY
                ibis_bq_arr_ijfplm3tmjdtbks6pzwzml3hhm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_2_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`opportunity` >= 1790812800.0
            )
            AND (
              `t1`.`opportunity` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
        ORDER BY
          ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`opportunity` >= 1790812800.0
            )
            AND (
              `t1`.`opportunity` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
        ORDER BY
          ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t1`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              ORDER BY
                ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`opportunity` >= 1790812800.0
                    )
                    AND (
                      `t1`.`opportunity` < 1793491200.0
                    )
                    AND (
                      `t1`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
                ORDER BY
                  ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`opportunity` >= 1790812800.0
                    )
                    AND (
                      `t1`.`opportunity` < 1793491200.0
                    )
                    AND (
                      `t1`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
                ORDER BY
                  ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`opportunity` >= 1790812800.0
            )
            AND (
              `t1`.`opportunity` < 1793491200.0
            )
            AND (
              `t1`.`sql` IS NOT NULL
            ),
            ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
        ORDER BY
          ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t1`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              ORDER BY
                ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t1`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              ORDER BY
                ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t1`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t1`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
              ORDER BY
                ibis_bq_arr_xwghkmuqbzhfbjdcrj4jxzsnba
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_2_median_days`,
  AVG(
    IF(
      (
        `t1`.`opportunity` >= 1790812800.0
      )
      AND (
        `t1`.`opportunity` < 1793491200.0
      )
      AND (
        `t1`.`sql` IS NOT NULL
      ),
      ieee_divide(`t1`.`opportunity` - `t1`.`sql`, 86400.0),
      NULL
    )
  ) AS `current__calendar_2_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1790812800.0
        )
        AND (
          `t1`.`created` < 1793491200.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          ) AND (
            `t1`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1790812800.0
        )
        AND (
          `t1`.`opportunity` < 1793491200.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`won` >= 1790812800.0
        )
        AND (
          `t1`.`won` < 1793491200.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_3_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`opportunity` IS NOT NULL
              ) AND (
                `t1`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
        ORDER BY
          ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`opportunity` IS NOT NULL
              ) AND (
                `t1`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
        ORDER BY
          ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`opportunity` IS NOT NULL
                    ) AND (
                      `t1`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              ORDER BY
                ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`opportunity` IS NOT NULL
                      ) AND (
                        `t1`.`won` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
                ORDER BY
                  ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t1`.`opportunity` IS NOT NULL
                      ) AND (
                        `t1`.`won` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
                ORDER BY
                  ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              (
                `t1`.`opportunity` IS NOT NULL
              ) AND (
                `t1`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
        ORDER BY
          ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`opportunity` IS NOT NULL
                    ) AND (
                      `t1`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              ORDER BY
                ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`opportunity` IS NOT NULL
                    ) AND (
                      `t1`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              ORDER BY
                ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t1`.`opportunity` IS NOT NULL
                    ) AND (
                      `t1`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
              ORDER BY
                ibis_bq_arr_pgthr6a7n5extiyp3l27xmx6ba
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_3_median_days`,
  AVG(
    IF(
      (
        `t1`.`created` >= 1790812800.0
      )
      AND (
        `t1`.`created` < 1793491200.0
      )
      AND (
        (
          `t1`.`opportunity` IS NOT NULL
        ) AND (
          `t1`.`won` IS NOT NULL
        )
      ),
      ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `current__cohort_3_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`won` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
        ORDER BY
          ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`won` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
        ORDER BY
          ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              ORDER BY
                ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
                ORDER BY
                  ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`created` >= 1790812800.0
                    )
                    AND (
                      `t1`.`created` < 1793491200.0
                    )
                    AND (
                      `t1`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
                ORDER BY
                  ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`created` >= 1790812800.0
            )
            AND (
              `t1`.`created` < 1793491200.0
            )
            AND (
              `t1`.`won` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
        ORDER BY
          ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              ORDER BY
                ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              ORDER BY
                ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`created` >= 1790812800.0
                  )
                  AND (
                    `t1`.`created` < 1793491200.0
                  )
                  AND (
                    `t1`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
              ORDER BY
                ibis_bq_arr_gg2y4p75vzhpbat457vkfteygu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_3_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`won` >= 1790812800.0
            )
            AND (
              `t1`.`won` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
        ORDER BY
          ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`won` >= 1790812800.0
            )
            AND (
              `t1`.`won` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
        ORDER BY
          ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`won` >= 1790812800.0
                  )
                  AND (
                    `t1`.`won` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              ORDER BY
                ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`won` >= 1790812800.0
                    )
                    AND (
                      `t1`.`won` < 1793491200.0
                    )
                    AND (
                      `t1`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
                ORDER BY
                  ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t1`.`won` >= 1790812800.0
                    )
                    AND (
                      `t1`.`won` < 1793491200.0
                    )
                    AND (
                      `t1`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
                ORDER BY
                  ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t1`.`won` >= 1790812800.0
            )
            AND (
              `t1`.`won` < 1793491200.0
            )
            AND (
              `t1`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
        ORDER BY
          ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`won` >= 1790812800.0
                  )
                  AND (
                    `t1`.`won` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              ORDER BY
                ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`won` >= 1790812800.0
                  )
                  AND (
                    `t1`.`won` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              ORDER BY
                ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t1`.`won` >= 1790812800.0
                  )
                  AND (
                    `t1`.`won` < 1793491200.0
                  )
                  AND (
                    `t1`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
              ORDER BY
                ibis_bq_arr_fb6g4dyftba4hh47ftjlou6ceu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_3_median_days`,
  AVG(
    IF(
      (
        `t1`.`won` >= 1790812800.0
      )
      AND (
        `t1`.`won` < 1793491200.0
      )
      AND (
        `t1`.`opportunity` IS NOT NULL
      ),
      ieee_divide(`t1`.`won` - `t1`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `current__calendar_3_mean_days`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1788220800.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `prior__count_created`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1788220800.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_mql`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1788220800.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1788220800.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t1`.`won` >= 1788220800.0
    ) AND (
      `t1`.`won` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`created` IS NOT NULL
          ) AND (
            `t1`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1788220800.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `prior__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1788220800.0
        )
        AND (
          `t1`.`mql` < 1790812800.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_0_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          ) AND (
            `t1`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1788220800.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1788220800.0
        )
        AND (
          `t1`.`sql` < 1790812800.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_1_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          ) AND (
            `t1`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1788220800.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1788220800.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_2_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1788220800.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          ) AND (
            `t1`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1788220800.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`won` >= 1788220800.0
        )
        AND (
          `t1`.`won` < 1790812800.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_3_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1782864000.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `trailing__count_created`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1782864000.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_mql`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1782864000.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1782864000.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t1`.`won` >= 1782864000.0
    ) AND (
      `t1`.`won` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`created` IS NOT NULL
          ) AND (
            `t1`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t1`.`created` >= 1782864000.0
      ) AND (
        `t1`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `trailing__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`mql` >= 1782864000.0
        )
        AND (
          `t1`.`mql` < 1790812800.0
        )
        AND (
          `t1`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_0_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`mql` IS NOT NULL
          ) AND (
            `t1`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`mql` >= 1782864000.0
    ) AND (
      `t1`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`sql` >= 1782864000.0
        )
        AND (
          `t1`.`sql` < 1790812800.0
        )
        AND (
          `t1`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_1_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`sql` IS NOT NULL
          ) AND (
            `t1`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t1`.`sql` >= 1782864000.0
    ) AND (
      `t1`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1782864000.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        )
        AND (
          `t1`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_2_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`created` >= 1782864000.0
        )
        AND (
          `t1`.`created` < 1790812800.0
        )
        AND (
          (
            `t1`.`opportunity` IS NOT NULL
          ) AND (
            `t1`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`opportunity` >= 1782864000.0
        )
        AND (
          `t1`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t1`.`won` >= 1782864000.0
        )
        AND (
          `t1`.`won` < 1790812800.0
        )
        AND (
          `t1`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_3_converted`
FROM (
  SELECT
    *
  FROM `temp`.`main`.`"table_1"` AS `t0`
  WHERE
    `t0`.`channel` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 6
SELECT
  *
FROM `targets`;

-- query 7
SELECT
  *
FROM (
  SELECT
    IF(
      CAST(UNIX_SECONDS(CAST(`t0`.`created_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
      CAST(UNIX_SECONDS(CAST(`t0`.`created_at` AS TIMESTAMP)) AS FLOAT64),
      CAST(NULL AS FLOAT64)
    ) AS `created`,
    COALESCE(
      IF(
        CAST(UNIX_SECONDS(CAST(`t0`.`mql_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
        CAST(UNIX_SECONDS(CAST(`t0`.`mql_at` AS TIMESTAMP)) AS FLOAT64),
        CAST(NULL AS FLOAT64)
      ),
      LEAST(
        IF(
          CAST(UNIX_SECONDS(CAST(`t0`.`sql_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
          CAST(UNIX_SECONDS(CAST(`t0`.`sql_at` AS TIMESTAMP)) AS FLOAT64),
          CAST(NULL AS FLOAT64)
        ),
        IF(
          CAST(UNIX_SECONDS(CAST(`t0`.`opportunity_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
          CAST(UNIX_SECONDS(CAST(`t0`.`opportunity_at` AS TIMESTAMP)) AS FLOAT64),
          CAST(NULL AS FLOAT64)
        ),
        IF(
          CAST(UNIX_SECONDS(CAST(`t0`.`won_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
          CAST(UNIX_SECONDS(CAST(`t0`.`won_at` AS TIMESTAMP)) AS FLOAT64),
          CAST(NULL AS FLOAT64)
        )
      )
    ) AS `mql`,
    COALESCE(
      IF(
        CAST(UNIX_SECONDS(CAST(`t0`.`sql_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
        CAST(UNIX_SECONDS(CAST(`t0`.`sql_at` AS TIMESTAMP)) AS FLOAT64),
        CAST(NULL AS FLOAT64)
      ),
      LEAST(
        IF(
          CAST(UNIX_SECONDS(CAST(`t0`.`opportunity_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
          CAST(UNIX_SECONDS(CAST(`t0`.`opportunity_at` AS TIMESTAMP)) AS FLOAT64),
          CAST(NULL AS FLOAT64)
        ),
        IF(
          CAST(UNIX_SECONDS(CAST(`t0`.`won_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
          CAST(UNIX_SECONDS(CAST(`t0`.`won_at` AS TIMESTAMP)) AS FLOAT64),
          CAST(NULL AS FLOAT64)
        )
      )
    ) AS `sql`,
    COALESCE(
      IF(
        CAST(UNIX_SECONDS(CAST(`t0`.`opportunity_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
        CAST(UNIX_SECONDS(CAST(`t0`.`opportunity_at` AS TIMESTAMP)) AS FLOAT64),
        CAST(NULL AS FLOAT64)
      ),
      IF(
        CAST(UNIX_SECONDS(CAST(`t0`.`won_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
        CAST(UNIX_SECONDS(CAST(`t0`.`won_at` AS TIMESTAMP)) AS FLOAT64),
        CAST(NULL AS FLOAT64)
      )
    ) AS `opportunity`,
    IF(
      CAST(UNIX_SECONDS(CAST(`t0`.`won_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
      CAST(UNIX_SECONDS(CAST(`t0`.`won_at` AS TIMESTAMP)) AS FLOAT64),
      CAST(NULL AS FLOAT64)
    ) AS `won`,
    IF(
      CAST(UNIX_SECONDS(CAST(`t0`.`lost_at` AS TIMESTAMP)) AS FLOAT64) < 1795478400.0,
      CAST(UNIX_SECONDS(CAST(`t0`.`lost_at` AS TIMESTAMP)) AS FLOAT64),
      CAST(NULL AS FLOAT64)
    ) AS `lost`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`amount`
  FROM `leads` AS `t0`
) AS `t1`
WHERE
  `t1`.`created` < 1795478400.0;

-- query 8
SELECT
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
        ORDER BY
          ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
        ORDER BY
          ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              ORDER BY
                ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
                ORDER BY
                  ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              )
            ) - 1 AS FLOAT64) * 0.8
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
                ORDER BY
                  ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              )
            ) - 1 AS FLOAT64) * 0.8
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
        ORDER BY
          ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              ORDER BY
                ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              ORDER BY
                ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
            )
          ) - 1 AS FLOAT64) * 0.8
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
              ORDER BY
                ibis_bq_arr_ax356opw3zdlhfdcy7wv42gw6m
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `q0`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1782864000.0
            )
            AND (
              `t0`.`mql` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
        ORDER BY
          ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1782864000.0
            )
            AND (
              `t0`.`mql` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
        ORDER BY
          ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`mql` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              ORDER BY
                ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`mql` >= 1782864000.0
                    )
                    AND (
                      `t0`.`mql` < 1790812800.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
                ORDER BY
                  ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              )
            ) - 1 AS FLOAT64) * 0.8
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`mql` >= 1782864000.0
                    )
                    AND (
                      `t0`.`mql` < 1790812800.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
                ORDER BY
                  ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              )
            ) - 1 AS FLOAT64) * 0.8
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1782864000.0
            )
            AND (
              `t0`.`mql` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
        ORDER BY
          ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`mql` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              ORDER BY
                ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`mql` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              ORDER BY
                ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
            )
          ) - 1 AS FLOAT64) * 0.8
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`mql` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
              ORDER BY
                ibis_bq_arr_vnprxtlibfawrcqj3ynxbxbcou
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `q1`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1782864000.0
            )
            AND (
              `t0`.`sql` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
        ORDER BY
          ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1782864000.0
            )
            AND (
              `t0`.`sql` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
        ORDER BY
          ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`sql` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              ORDER BY
                ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`sql` >= 1782864000.0
                    )
                    AND (
                      `t0`.`sql` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
                ORDER BY
                  ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              )
            ) - 1 AS FLOAT64) * 0.8
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`sql` >= 1782864000.0
                    )
                    AND (
                      `t0`.`sql` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
                ORDER BY
                  ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              )
            ) - 1 AS FLOAT64) * 0.8
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1782864000.0
            )
            AND (
              `t0`.`sql` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
        ORDER BY
          ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`sql` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              ORDER BY
                ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`sql` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              ORDER BY
                ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
            )
          ) - 1 AS FLOAT64) * 0.8
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`sql` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
              ORDER BY
                ibis_bq_arr_wovzt2ulgvgilb7ew7www5em74
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `q2`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1782864000.0
            )
            AND (
              `t0`.`opportunity` < 1790812800.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
        ORDER BY
          ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1782864000.0
            )
            AND (
              `t0`.`opportunity` < 1790812800.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
        ORDER BY
          ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1782864000.0
                  )
                  AND (
                    `t0`.`opportunity` < 1790812800.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              ORDER BY
                ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`opportunity` >= 1782864000.0
                    )
                    AND (
                      `t0`.`opportunity` < 1790812800.0
                    )
                    AND (
                      `t0`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
                ORDER BY
                  ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              )
            ) - 1 AS FLOAT64) * 0.8
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`opportunity` >= 1782864000.0
                    )
                    AND (
                      `t0`.`opportunity` < 1790812800.0
                    )
                    AND (
                      `t0`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
                ORDER BY
                  ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              )
            ) - 1 AS FLOAT64) * 0.8
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1782864000.0
            )
            AND (
              `t0`.`opportunity` < 1790812800.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
        ORDER BY
          ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1782864000.0
                  )
                  AND (
                    `t0`.`opportunity` < 1790812800.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              ORDER BY
                ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1782864000.0
                  )
                  AND (
                    `t0`.`opportunity` < 1790812800.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              ORDER BY
                ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
            )
          ) - 1 AS FLOAT64) * 0.8
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1782864000.0
                  )
                  AND (
                    `t0`.`opportunity` < 1790812800.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
              ORDER BY
                ibis_bq_arr_bhzy2fakevayvpspxuzdphf57q
            )
          ) - 1 AS FLOAT64) * 0.8
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `q3`
FROM `temp`.`main`.`"table_1"` AS `t0`;

-- query 9
SELECT
  COALESCE(
    SUM(
      IF((
        `t0`.`created` >= 1790812800.0
      ) AND (
        `t0`.`created` < 1793491200.0
      ), 1, 0)
    ),
    0
  ) AS `current__count_created`,
  COALESCE(
    SUM(IF((
      `t0`.`mql` >= 1790812800.0
    ) AND (
      `t0`.`mql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_mql`,
  COALESCE(
    SUM(IF((
      `t0`.`sql` >= 1790812800.0
    ) AND (
      `t0`.`sql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1790812800.0
        )
        AND (
          `t0`.`opportunity` < 1793491200.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t0`.`won` >= 1790812800.0
    ) AND (
      `t0`.`won` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1790812800.0
        )
        AND (
          `t0`.`created` < 1793491200.0
        )
        AND (
          `t0`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1790812800.0
        )
        AND (
          `t0`.`created` < 1793491200.0
        )
        AND (
          (
            `t0`.`created` IS NOT NULL
          ) AND (
            `t0`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t0`.`created` >= 1790812800.0
      ) AND (
        `t0`.`created` < 1793491200.0
      ), 1, 0)
    ),
    0
  ) AS `current__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`mql` >= 1790812800.0
        )
        AND (
          `t0`.`mql` < 1793491200.0
        )
        AND (
          `t0`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_0_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`created` IS NOT NULL
              ) AND (
                `t0`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
        ORDER BY
          ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`created` IS NOT NULL
              ) AND (
                `t0`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
        ORDER BY
          ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`created` IS NOT NULL
                    ) AND (
                      `t0`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              ORDER BY
                ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t0`.`created` IS NOT NULL
                      ) AND (
                        `t0`.`mql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
                ORDER BY
                  ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t0`.`created` IS NOT NULL
                      ) AND (
                        `t0`.`mql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
                ORDER BY
                  ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`created` IS NOT NULL
              ) AND (
                `t0`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
        ORDER BY
          ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`created` IS NOT NULL
                    ) AND (
                      `t0`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              ORDER BY
                ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`created` IS NOT NULL
                    ) AND (
                      `t0`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              ORDER BY
                ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`created` IS NOT NULL
                    ) AND (
                      `t0`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
              ORDER BY
                ibis_bq_arr_tthrr7hxzvc4dgawtjgh74ms4e
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_0_median_days`,
  AVG(
    IF(
      (
        `t0`.`created` >= 1790812800.0
      )
      AND (
        `t0`.`created` < 1793491200.0
      )
      AND (
        (
          `t0`.`created` IS NOT NULL
        ) AND (
          `t0`.`mql` IS NOT NULL
        )
      ),
      ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
      NULL
    )
  ) AS `current__cohort_0_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
        ORDER BY
          ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
        ORDER BY
          ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              ORDER BY
                ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
                ORDER BY
                  ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
                ORDER BY
                  ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
        ORDER BY
          ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              ORDER BY
                ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              ORDER BY
                ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
              ORDER BY
                ibis_bq_arr_f57nagjzrrd6doasgye7kirlvm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_0_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1790812800.0
            )
            AND (
              `t0`.`mql` < 1793491200.0
            )
            AND (
              `t0`.`created` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
        ORDER BY
          ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1790812800.0
            )
            AND (
              `t0`.`mql` < 1793491200.0
            )
            AND (
              `t0`.`created` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
        ORDER BY
          ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t0`.`mql` < 1793491200.0
                  )
                  AND (
                    `t0`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              ORDER BY
                ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`mql` >= 1790812800.0
                    )
                    AND (
                      `t0`.`mql` < 1793491200.0
                    )
                    AND (
                      `t0`.`created` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
                ORDER BY
                  ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`mql` >= 1790812800.0
                    )
                    AND (
                      `t0`.`mql` < 1793491200.0
                    )
                    AND (
                      `t0`.`created` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
                ORDER BY
                  ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1790812800.0
            )
            AND (
              `t0`.`mql` < 1793491200.0
            )
            AND (
              `t0`.`created` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
        ORDER BY
          ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t0`.`mql` < 1793491200.0
                  )
                  AND (
                    `t0`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              ORDER BY
                ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t0`.`mql` < 1793491200.0
                  )
                  AND (
                    `t0`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              ORDER BY
                ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1790812800.0
                  )
                  AND (
                    `t0`.`mql` < 1793491200.0
                  )
                  AND (
                    `t0`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
              ORDER BY
                ibis_bq_arr_hwrk73exvbhj7dtn734fzxuvau
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_0_median_days`,
  AVG(
    IF(
      (
        `t0`.`mql` >= 1790812800.0
      )
      AND (
        `t0`.`mql` < 1793491200.0
      )
      AND (
        `t0`.`created` IS NOT NULL
      ),
      ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
      NULL
    )
  ) AS `current__calendar_0_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1790812800.0
        )
        AND (
          `t0`.`created` < 1793491200.0
        )
        AND (
          `t0`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1790812800.0
        )
        AND (
          `t0`.`created` < 1793491200.0
        )
        AND (
          (
            `t0`.`mql` IS NOT NULL
          ) AND (
            `t0`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t0`.`mql` >= 1790812800.0
    ) AND (
      `t0`.`mql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`sql` >= 1790812800.0
        )
        AND (
          `t0`.`sql` < 1793491200.0
        )
        AND (
          `t0`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_1_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`mql` IS NOT NULL
              ) AND (
                `t0`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
        ORDER BY
          ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`mql` IS NOT NULL
              ) AND (
                `t0`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
        ORDER BY
          ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`mql` IS NOT NULL
                    ) AND (
                      `t0`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              ORDER BY
                ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t0`.`mql` IS NOT NULL
                      ) AND (
                        `t0`.`sql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
                ORDER BY
                  ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t0`.`mql` IS NOT NULL
                      ) AND (
                        `t0`.`sql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
                ORDER BY
                  ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`mql` IS NOT NULL
              ) AND (
                `t0`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
        ORDER BY
          ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`mql` IS NOT NULL
                    ) AND (
                      `t0`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              ORDER BY
                ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`mql` IS NOT NULL
                    ) AND (
                      `t0`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              ORDER BY
                ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`mql` IS NOT NULL
                    ) AND (
                      `t0`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
              ORDER BY
                ibis_bq_arr_pd3cqckswnelzh6n3hzfd7zwue
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_1_median_days`,
  AVG(
    IF(
      (
        `t0`.`created` >= 1790812800.0
      )
      AND (
        `t0`.`created` < 1793491200.0
      )
      AND (
        (
          `t0`.`mql` IS NOT NULL
        ) AND (
          `t0`.`sql` IS NOT NULL
        )
      ),
      ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
      NULL
    )
  ) AS `current__cohort_1_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
        ORDER BY
          ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
        ORDER BY
          ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              ORDER BY
                ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
                ORDER BY
                  ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
                ORDER BY
                  ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
        ORDER BY
          ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              ORDER BY
                ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              ORDER BY
                ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
              ORDER BY
                ibis_bq_arr_sjxob7r4iffwbf447o2cjfmtwu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_1_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1790812800.0
            )
            AND (
              `t0`.`sql` < 1793491200.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
        ORDER BY
          ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1790812800.0
            )
            AND (
              `t0`.`sql` < 1793491200.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
        ORDER BY
          ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t0`.`sql` < 1793491200.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              ORDER BY
                ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`sql` >= 1790812800.0
                    )
                    AND (
                      `t0`.`sql` < 1793491200.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
                ORDER BY
                  ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`sql` >= 1790812800.0
                    )
                    AND (
                      `t0`.`sql` < 1793491200.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
                ORDER BY
                  ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1790812800.0
            )
            AND (
              `t0`.`sql` < 1793491200.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
        ORDER BY
          ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t0`.`sql` < 1793491200.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              ORDER BY
                ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t0`.`sql` < 1793491200.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              ORDER BY
                ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1790812800.0
                  )
                  AND (
                    `t0`.`sql` < 1793491200.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
              ORDER BY
                ibis_bq_arr_blpiuknrtjhm5elaphf6hxjbmu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_1_median_days`,
  AVG(
    IF(
      (
        `t0`.`sql` >= 1790812800.0
      )
      AND (
        `t0`.`sql` < 1793491200.0
      )
      AND (
        `t0`.`mql` IS NOT NULL
      ),
      ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
      NULL
    )
  ) AS `current__calendar_1_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1790812800.0
        )
        AND (
          `t0`.`created` < 1793491200.0
        )
        AND (
          `t0`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1790812800.0
        )
        AND (
          `t0`.`created` < 1793491200.0
        )
        AND (
          (
            `t0`.`sql` IS NOT NULL
          ) AND (
            `t0`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t0`.`sql` >= 1790812800.0
    ) AND (
      `t0`.`sql` < 1793491200.0
    ), 1, 0)),
    0
  ) AS `current__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1790812800.0
        )
        AND (
          `t0`.`opportunity` < 1793491200.0
        )
        AND (
          `t0`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_2_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`sql` IS NOT NULL
              ) AND (
                `t0`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
        ORDER BY
          ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`sql` IS NOT NULL
              ) AND (
                `t0`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
        ORDER BY
          ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`sql` IS NOT NULL
                    ) AND (
                      `t0`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              ORDER BY
                ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t0`.`sql` IS NOT NULL
                      ) AND (
                        `t0`.`opportunity` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
                ORDER BY
                  ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t0`.`sql` IS NOT NULL
                      ) AND (
                        `t0`.`opportunity` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
                ORDER BY
                  ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`sql` IS NOT NULL
              ) AND (
                `t0`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
        ORDER BY
          ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`sql` IS NOT NULL
                    ) AND (
                      `t0`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              ORDER BY
                ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`sql` IS NOT NULL
                    ) AND (
                      `t0`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              ORDER BY
                ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`sql` IS NOT NULL
                    ) AND (
                      `t0`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
              ORDER BY
                ibis_bq_arr_6wzjziucpjapvi3cy3hr7dwlxa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_2_median_days`,
  AVG(
    IF(
      (
        `t0`.`created` >= 1790812800.0
      )
      AND (
        `t0`.`created` < 1793491200.0
      )
      AND (
        (
          `t0`.`sql` IS NOT NULL
        ) AND (
          `t0`.`opportunity` IS NOT NULL
        )
      ),
      ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
      NULL
    )
  ) AS `current__cohort_2_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
        ORDER BY
          ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
        ORDER BY
          ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              ORDER BY
                ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
                ORDER BY
                  ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
                ORDER BY
                  ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
        ORDER BY
          ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              ORDER BY
                ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              ORDER BY
                ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
              ORDER BY
                ibis_bq_arr_5sonbiapmreglpwksgmrkghynm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_2_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1790812800.0
            )
            AND (
              `t0`.`opportunity` < 1793491200.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
        ORDER BY
          ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1790812800.0
            )
            AND (
              `t0`.`opportunity` < 1793491200.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
        ORDER BY
          ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              ORDER BY
                ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`opportunity` >= 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` < 1793491200.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
                ORDER BY
                  ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`opportunity` >= 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` < 1793491200.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
                ORDER BY
                  ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1790812800.0
            )
            AND (
              `t0`.`opportunity` < 1793491200.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
        ORDER BY
          ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              ORDER BY
                ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              ORDER BY
                ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` < 1793491200.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
              ORDER BY
                ibis_bq_arr_5gkqdzmcu5g55ofei4rxn2fhvy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_2_median_days`,
  AVG(
    IF(
      (
        `t0`.`opportunity` >= 1790812800.0
      )
      AND (
        `t0`.`opportunity` < 1793491200.0
      )
      AND (
        `t0`.`sql` IS NOT NULL
      ),
      ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
      NULL
    )
  ) AS `current__calendar_2_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1790812800.0
        )
        AND (
          `t0`.`created` < 1793491200.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1790812800.0
        )
        AND (
          `t0`.`created` < 1793491200.0
        )
        AND (
          (
            `t0`.`opportunity` IS NOT NULL
          ) AND (
            `t0`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1790812800.0
        )
        AND (
          `t0`.`opportunity` < 1793491200.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`won` >= 1790812800.0
        )
        AND (
          `t0`.`won` < 1793491200.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__calendar_3_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`opportunity` IS NOT NULL
              ) AND (
                `t0`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
        ORDER BY
          ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`opportunity` IS NOT NULL
              ) AND (
                `t0`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
        ORDER BY
          ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`opportunity` IS NOT NULL
                    ) AND (
                      `t0`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              ORDER BY
                ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t0`.`opportunity` IS NOT NULL
                      ) AND (
                        `t0`.`won` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
                ORDER BY
                  ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      (
                        `t0`.`opportunity` IS NOT NULL
                      ) AND (
                        `t0`.`won` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
                ORDER BY
                  ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              (
                `t0`.`opportunity` IS NOT NULL
              ) AND (
                `t0`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
        ORDER BY
          ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`opportunity` IS NOT NULL
                    ) AND (
                      `t0`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              ORDER BY
                ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`opportunity` IS NOT NULL
                    ) AND (
                      `t0`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              ORDER BY
                ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    (
                      `t0`.`opportunity` IS NOT NULL
                    ) AND (
                      `t0`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
              ORDER BY
                ibis_bq_arr_65qzqxjotrejzaj2i53gnrsute
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_3_median_days`,
  AVG(
    IF(
      (
        `t0`.`created` >= 1790812800.0
      )
      AND (
        `t0`.`created` < 1793491200.0
      )
      AND (
        (
          `t0`.`opportunity` IS NOT NULL
        ) AND (
          `t0`.`won` IS NOT NULL
        )
      ),
      ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `current__cohort_3_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
        ORDER BY
          ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
        ORDER BY
          ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              ORDER BY
                ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      `t0`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
                ORDER BY
                  ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1790812800.0
                    )
                    AND (
                      `t0`.`created` < 1793491200.0
                    )
                    AND (
                      `t0`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
                ORDER BY
                  ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1790812800.0
            )
            AND (
              `t0`.`created` < 1793491200.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
        ORDER BY
          ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              ORDER BY
                ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              ORDER BY
                ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1790812800.0
                  )
                  AND (
                    `t0`.`created` < 1793491200.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
              ORDER BY
                ibis_bq_arr_bovc3s26pnexznfif77e2x2siu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__cohort_3_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1790812800.0
            )
            AND (
              `t0`.`won` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
        ORDER BY
          ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1790812800.0
            )
            AND (
              `t0`.`won` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
        ORDER BY
          ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1790812800.0
                  )
                  AND (
                    `t0`.`won` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              ORDER BY
                ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1790812800.0
                    )
                    AND (
                      `t0`.`won` < 1793491200.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
                ORDER BY
                  ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1790812800.0
                    )
                    AND (
                      `t0`.`won` < 1793491200.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
                ORDER BY
                  ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1790812800.0
            )
            AND (
              `t0`.`won` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
        ORDER BY
          ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1790812800.0
                  )
                  AND (
                    `t0`.`won` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              ORDER BY
                ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1790812800.0
                  )
                  AND (
                    `t0`.`won` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              ORDER BY
                ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1790812800.0
                  )
                  AND (
                    `t0`.`won` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
              ORDER BY
                ibis_bq_arr_bagmfrw6fjg27lxxafnuucckni
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__calendar_3_median_days`,
  AVG(
    IF(
      (
        `t0`.`won` >= 1790812800.0
      )
      AND (
        `t0`.`won` < 1793491200.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `current__calendar_3_mean_days`,
  COALESCE(
    SUM(
      IF((
        `t0`.`created` >= 1788220800.0
      ) AND (
        `t0`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `prior__count_created`,
  COALESCE(
    SUM(IF((
      `t0`.`mql` >= 1788220800.0
    ) AND (
      `t0`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_mql`,
  COALESCE(
    SUM(IF((
      `t0`.`sql` >= 1788220800.0
    ) AND (
      `t0`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1788220800.0
        )
        AND (
          `t0`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t0`.`won` >= 1788220800.0
    ) AND (
      `t0`.`won` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1788220800.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          `t0`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1788220800.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          (
            `t0`.`created` IS NOT NULL
          ) AND (
            `t0`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t0`.`created` >= 1788220800.0
      ) AND (
        `t0`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `prior__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`mql` >= 1788220800.0
        )
        AND (
          `t0`.`mql` < 1790812800.0
        )
        AND (
          `t0`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_0_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1788220800.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          `t0`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1788220800.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          (
            `t0`.`mql` IS NOT NULL
          ) AND (
            `t0`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t0`.`mql` >= 1788220800.0
    ) AND (
      `t0`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`sql` >= 1788220800.0
        )
        AND (
          `t0`.`sql` < 1790812800.0
        )
        AND (
          `t0`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_1_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1788220800.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          `t0`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1788220800.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          (
            `t0`.`sql` IS NOT NULL
          ) AND (
            `t0`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t0`.`sql` >= 1788220800.0
    ) AND (
      `t0`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `prior__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1788220800.0
        )
        AND (
          `t0`.`opportunity` < 1790812800.0
        )
        AND (
          `t0`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_2_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1788220800.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1788220800.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          (
            `t0`.`opportunity` IS NOT NULL
          ) AND (
            `t0`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1788220800.0
        )
        AND (
          `t0`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`won` >= 1788220800.0
        )
        AND (
          `t0`.`won` < 1790812800.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__calendar_3_converted`,
  COALESCE(
    SUM(
      IF((
        `t0`.`created` >= 1782864000.0
      ) AND (
        `t0`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `trailing__count_created`,
  COALESCE(
    SUM(IF((
      `t0`.`mql` >= 1782864000.0
    ) AND (
      `t0`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_mql`,
  COALESCE(
    SUM(IF((
      `t0`.`sql` >= 1782864000.0
    ) AND (
      `t0`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_sql`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1782864000.0
        )
        AND (
          `t0`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__count_opportunity`,
  COALESCE(
    SUM(IF((
      `t0`.`won` >= 1782864000.0
    ) AND (
      `t0`.`won` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__count_won`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1782864000.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          `t0`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1782864000.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          (
            `t0`.`created` IS NOT NULL
          ) AND (
            `t0`.`mql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_0_converted`,
  COALESCE(
    SUM(
      IF((
        `t0`.`created` >= 1782864000.0
      ) AND (
        `t0`.`created` < 1790812800.0
      ), 1, 0)
    ),
    0
  ) AS `trailing__calendar_0_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`mql` >= 1782864000.0
        )
        AND (
          `t0`.`mql` < 1790812800.0
        )
        AND (
          `t0`.`created` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_0_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`created` IS NOT NULL
              ) AND (
                `t0`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
        ORDER BY
          ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`created` IS NOT NULL
              ) AND (
                `t0`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
        ORDER BY
          ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`created` IS NOT NULL
                    ) AND (
                      `t0`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              ORDER BY
                ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      (
                        `t0`.`created` IS NOT NULL
                      ) AND (
                        `t0`.`mql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
                ORDER BY
                  ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      (
                        `t0`.`created` IS NOT NULL
                      ) AND (
                        `t0`.`mql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
                ORDER BY
                  ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`created` IS NOT NULL
              ) AND (
                `t0`.`mql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
        ORDER BY
          ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`created` IS NOT NULL
                    ) AND (
                      `t0`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              ORDER BY
                ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`created` IS NOT NULL
                    ) AND (
                      `t0`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              ORDER BY
                ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`created` IS NOT NULL
                    ) AND (
                      `t0`.`mql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
              ORDER BY
                ibis_bq_arr_whztbx52f5ftxmdcixh7uodvsm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__cohort_0_median_days`,
  AVG(
    IF(
      (
        `t0`.`created` >= 1782864000.0
      )
      AND (
        `t0`.`created` < 1790812800.0
      )
      AND (
        (
          `t0`.`created` IS NOT NULL
        ) AND (
          `t0`.`mql` IS NOT NULL
        )
      ),
      ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
      NULL
    )
  ) AS `trailing__cohort_0_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
        ORDER BY
          ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
        ORDER BY
          ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              ORDER BY
                ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
                ORDER BY
                  ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
                ORDER BY
                  ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
        ORDER BY
          ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              ORDER BY
                ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              ORDER BY
                ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
              ORDER BY
                ibis_bq_arr_a4wc5zhx6rd53larkqkejx2goq
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__cohort_0_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1782864000.0
            )
            AND (
              `t0`.`mql` < 1790812800.0
            )
            AND (
              `t0`.`created` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
        ORDER BY
          ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1782864000.0
            )
            AND (
              `t0`.`mql` < 1790812800.0
            )
            AND (
              `t0`.`created` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
        ORDER BY
          ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`mql` < 1790812800.0
                  )
                  AND (
                    `t0`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              ORDER BY
                ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`mql` >= 1782864000.0
                    )
                    AND (
                      `t0`.`mql` < 1790812800.0
                    )
                    AND (
                      `t0`.`created` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
                ORDER BY
                  ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`mql` >= 1782864000.0
                    )
                    AND (
                      `t0`.`mql` < 1790812800.0
                    )
                    AND (
                      `t0`.`created` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
                ORDER BY
                  ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`mql` >= 1782864000.0
            )
            AND (
              `t0`.`mql` < 1790812800.0
            )
            AND (
              `t0`.`created` IS NOT NULL
            ),
            ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
        ORDER BY
          ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`mql` < 1790812800.0
                  )
                  AND (
                    `t0`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              ORDER BY
                ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`mql` < 1790812800.0
                  )
                  AND (
                    `t0`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              ORDER BY
                ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`mql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`mql` < 1790812800.0
                  )
                  AND (
                    `t0`.`created` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
              ORDER BY
                ibis_bq_arr_m5fiqobkjrdv3ckb3kfd3xyhta
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__calendar_0_median_days`,
  AVG(
    IF(
      (
        `t0`.`mql` >= 1782864000.0
      )
      AND (
        `t0`.`mql` < 1790812800.0
      )
      AND (
        `t0`.`created` IS NOT NULL
      ),
      ieee_divide(`t0`.`mql` - `t0`.`created`, 86400.0),
      NULL
    )
  ) AS `trailing__calendar_0_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1782864000.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          `t0`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1782864000.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          (
            `t0`.`mql` IS NOT NULL
          ) AND (
            `t0`.`sql` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_1_converted`,
  COALESCE(
    SUM(IF((
      `t0`.`mql` >= 1782864000.0
    ) AND (
      `t0`.`mql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__calendar_1_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`sql` >= 1782864000.0
        )
        AND (
          `t0`.`sql` < 1790812800.0
        )
        AND (
          `t0`.`mql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_1_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`mql` IS NOT NULL
              ) AND (
                `t0`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
        ORDER BY
          ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`mql` IS NOT NULL
              ) AND (
                `t0`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
        ORDER BY
          ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`mql` IS NOT NULL
                    ) AND (
                      `t0`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              ORDER BY
                ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      (
                        `t0`.`mql` IS NOT NULL
                      ) AND (
                        `t0`.`sql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
                ORDER BY
                  ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      (
                        `t0`.`mql` IS NOT NULL
                      ) AND (
                        `t0`.`sql` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
                ORDER BY
                  ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`mql` IS NOT NULL
              ) AND (
                `t0`.`sql` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
        ORDER BY
          ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`mql` IS NOT NULL
                    ) AND (
                      `t0`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              ORDER BY
                ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`mql` IS NOT NULL
                    ) AND (
                      `t0`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              ORDER BY
                ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`mql` IS NOT NULL
                    ) AND (
                      `t0`.`sql` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
              ORDER BY
                ibis_bq_arr_j665yyqpjvgm3pn52utruz4aia
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__cohort_1_median_days`,
  AVG(
    IF(
      (
        `t0`.`created` >= 1782864000.0
      )
      AND (
        `t0`.`created` < 1790812800.0
      )
      AND (
        (
          `t0`.`mql` IS NOT NULL
        ) AND (
          `t0`.`sql` IS NOT NULL
        )
      ),
      ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
      NULL
    )
  ) AS `trailing__cohort_1_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
        ORDER BY
          ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
        ORDER BY
          ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              ORDER BY
                ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
                ORDER BY
                  ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
                ORDER BY
                  ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
        ORDER BY
          ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              ORDER BY
                ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              ORDER BY
                ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
              ORDER BY
                ibis_bq_arr_hwmaohj6lnarfhk65yzwxew5wm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__cohort_1_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1782864000.0
            )
            AND (
              `t0`.`sql` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
        ORDER BY
          ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1782864000.0
            )
            AND (
              `t0`.`sql` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
        ORDER BY
          ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`sql` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              ORDER BY
                ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`sql` >= 1782864000.0
                    )
                    AND (
                      `t0`.`sql` < 1790812800.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
                ORDER BY
                  ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`sql` >= 1782864000.0
                    )
                    AND (
                      `t0`.`sql` < 1790812800.0
                    )
                    AND (
                      `t0`.`mql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
                ORDER BY
                  ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`sql` >= 1782864000.0
            )
            AND (
              `t0`.`sql` < 1790812800.0
            )
            AND (
              `t0`.`mql` IS NOT NULL
            ),
            ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
        ORDER BY
          ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`sql` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              ORDER BY
                ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`sql` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              ORDER BY
                ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`sql` >= 1782864000.0
                  )
                  AND (
                    `t0`.`sql` < 1790812800.0
                  )
                  AND (
                    `t0`.`mql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
              ORDER BY
                ibis_bq_arr_xgc7dizc4rgw5laqpwq46qdqja
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__calendar_1_median_days`,
  AVG(
    IF(
      (
        `t0`.`sql` >= 1782864000.0
      )
      AND (
        `t0`.`sql` < 1790812800.0
      )
      AND (
        `t0`.`mql` IS NOT NULL
      ),
      ieee_divide(`t0`.`sql` - `t0`.`mql`, 86400.0),
      NULL
    )
  ) AS `trailing__calendar_1_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1782864000.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          `t0`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1782864000.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          (
            `t0`.`sql` IS NOT NULL
          ) AND (
            `t0`.`opportunity` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_2_converted`,
  COALESCE(
    SUM(IF((
      `t0`.`sql` >= 1782864000.0
    ) AND (
      `t0`.`sql` < 1790812800.0
    ), 1, 0)),
    0
  ) AS `trailing__calendar_2_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1782864000.0
        )
        AND (
          `t0`.`opportunity` < 1790812800.0
        )
        AND (
          `t0`.`sql` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_2_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`sql` IS NOT NULL
              ) AND (
                `t0`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
        ORDER BY
          ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`sql` IS NOT NULL
              ) AND (
                `t0`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
        ORDER BY
          ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`sql` IS NOT NULL
                    ) AND (
                      `t0`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              ORDER BY
                ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      (
                        `t0`.`sql` IS NOT NULL
                      ) AND (
                        `t0`.`opportunity` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
                ORDER BY
                  ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      (
                        `t0`.`sql` IS NOT NULL
                      ) AND (
                        `t0`.`opportunity` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
                ORDER BY
                  ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`sql` IS NOT NULL
              ) AND (
                `t0`.`opportunity` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
        ORDER BY
          ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`sql` IS NOT NULL
                    ) AND (
                      `t0`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              ORDER BY
                ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`sql` IS NOT NULL
                    ) AND (
                      `t0`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              ORDER BY
                ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`sql` IS NOT NULL
                    ) AND (
                      `t0`.`opportunity` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
              ORDER BY
                ibis_bq_arr_wrtbu2dqkraevel5l7mk5lrdla
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__cohort_2_median_days`,
  AVG(
    IF(
      (
        `t0`.`created` >= 1782864000.0
      )
      AND (
        `t0`.`created` < 1790812800.0
      )
      AND (
        (
          `t0`.`sql` IS NOT NULL
        ) AND (
          `t0`.`opportunity` IS NOT NULL
        )
      ),
      ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
      NULL
    )
  ) AS `trailing__cohort_2_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
        ORDER BY
          ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
        ORDER BY
          ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              ORDER BY
                ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
                ORDER BY
                  ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
                ORDER BY
                  ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
        ORDER BY
          ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              ORDER BY
                ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              ORDER BY
                ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
              ORDER BY
                ibis_bq_arr_vui2e7mzhvcfrpwkiqnol3uhdi
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__cohort_2_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1782864000.0
            )
            AND (
              `t0`.`opportunity` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
        ORDER BY
          ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1782864000.0
            )
            AND (
              `t0`.`opportunity` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
        ORDER BY
          ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1782864000.0
                  )
                  AND (
                    `t0`.`opportunity` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              ORDER BY
                ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`opportunity` >= 1782864000.0
                    )
                    AND (
                      `t0`.`opportunity` < 1790812800.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
                ORDER BY
                  ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`opportunity` >= 1782864000.0
                    )
                    AND (
                      `t0`.`opportunity` < 1790812800.0
                    )
                    AND (
                      `t0`.`sql` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
                ORDER BY
                  ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`opportunity` >= 1782864000.0
            )
            AND (
              `t0`.`opportunity` < 1790812800.0
            )
            AND (
              `t0`.`sql` IS NOT NULL
            ),
            ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
        ORDER BY
          ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1782864000.0
                  )
                  AND (
                    `t0`.`opportunity` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              ORDER BY
                ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1782864000.0
                  )
                  AND (
                    `t0`.`opportunity` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              ORDER BY
                ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`opportunity` >= 1782864000.0
                  )
                  AND (
                    `t0`.`opportunity` < 1790812800.0
                  )
                  AND (
                    `t0`.`sql` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
              ORDER BY
                ibis_bq_arr_2beifohgdnbqjiwzh3jwqjql5q
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__calendar_2_median_days`,
  AVG(
    IF(
      (
        `t0`.`opportunity` >= 1782864000.0
      )
      AND (
        `t0`.`opportunity` < 1790812800.0
      )
      AND (
        `t0`.`sql` IS NOT NULL
      ),
      ieee_divide(`t0`.`opportunity` - `t0`.`sql`, 86400.0),
      NULL
    )
  ) AS `trailing__calendar_2_mean_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1782864000.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`created` >= 1782864000.0
        )
        AND (
          `t0`.`created` < 1790812800.0
        )
        AND (
          (
            `t0`.`opportunity` IS NOT NULL
          ) AND (
            `t0`.`won` IS NOT NULL
          )
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__cohort_3_converted`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1782864000.0
        )
        AND (
          `t0`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_3_entered`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`won` >= 1782864000.0
        )
        AND (
          `t0`.`won` < 1790812800.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__calendar_3_converted`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`opportunity` IS NOT NULL
              ) AND (
                `t0`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
        ORDER BY
          ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`opportunity` IS NOT NULL
              ) AND (
                `t0`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
        ORDER BY
          ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`opportunity` IS NOT NULL
                    ) AND (
                      `t0`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              ORDER BY
                ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      (
                        `t0`.`opportunity` IS NOT NULL
                      ) AND (
                        `t0`.`won` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
                ORDER BY
                  ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      (
                        `t0`.`opportunity` IS NOT NULL
                      ) AND (
                        `t0`.`won` IS NOT NULL
                      )
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
                ORDER BY
                  ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              (
                `t0`.`opportunity` IS NOT NULL
              ) AND (
                `t0`.`won` IS NOT NULL
              )
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
        ORDER BY
          ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`opportunity` IS NOT NULL
                    ) AND (
                      `t0`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              ORDER BY
                ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`opportunity` IS NOT NULL
                    ) AND (
                      `t0`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              ORDER BY
                ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    (
                      `t0`.`opportunity` IS NOT NULL
                    ) AND (
                      `t0`.`won` IS NOT NULL
                    )
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
              ORDER BY
                ibis_bq_arr_cbpmcpinb5gzxj5coopwqfmhtu
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__cohort_3_median_days`,
  AVG(
    IF(
      (
        `t0`.`created` >= 1782864000.0
      )
      AND (
        `t0`.`created` < 1790812800.0
      )
      AND (
        (
          `t0`.`opportunity` IS NOT NULL
        ) AND (
          `t0`.`won` IS NOT NULL
        )
      ),
      ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `trailing__cohort_3_mean_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
        ORDER BY
          ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
        ORDER BY
          ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              ORDER BY
                ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
                ORDER BY
                  ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`created` >= 1782864000.0
                    )
                    AND (
                      `t0`.`created` < 1790812800.0
                    )
                    AND (
                      `t0`.`won` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
                ORDER BY
                  ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`created` >= 1782864000.0
            )
            AND (
              `t0`.`created` < 1790812800.0
            )
            AND (
              `t0`.`won` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
        ORDER BY
          ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              ORDER BY
                ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              ORDER BY
                ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`created` >= 1782864000.0
                  )
                  AND (
                    `t0`.`created` < 1790812800.0
                  )
                  AND (
                    `t0`.`won` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`created`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
              ORDER BY
                ibis_bq_arr_gvhldjfs3fhw5nnycr7oixevo4
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__cohort_3_lag`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1782864000.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
        ORDER BY
          ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1782864000.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
        ORDER BY
          ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1782864000.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              ORDER BY
                ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1782864000.0
                    )
                    AND (
                      `t0`.`won` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
                ORDER BY
                  ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1782864000.0
                    )
                    AND (
                      `t0`.`won` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
                ORDER BY
                  ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1782864000.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
        ORDER BY
          ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1782864000.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              ORDER BY
                ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1782864000.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              ORDER BY
                ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1782864000.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
              ORDER BY
                ibis_bq_arr_hiupddilrfgnxonw4tklsakypa
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__calendar_3_median_days`,
  AVG(
    IF(
      (
        `t0`.`won` >= 1782864000.0
      )
      AND (
        `t0`.`won` < 1790812800.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `trailing__calendar_3_mean_days`
FROM `temp`.`main`.`"table_1"` AS `t0`;

-- query 10
SELECT
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1790812800.0
        )
        AND (
          `t0`.`opportunity` < 1793491200.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__opportunities`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`won` >= 1790812800.0
        )
        AND (
          `t0`.`won` < 1793491200.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__won`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`lost` >= 1790812800.0
        )
        AND (
          `t0`.`lost` < 1793491200.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        )
        AND (
          `t0`.`won` IS NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `current__lost`,
  SUM(
    IF(
      (
        `t0`.`won` >= 1790812800.0
      )
      AND (
        `t0`.`won` < 1793491200.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      `t0`.`amount`,
      NULL
    )
  ) AS `current__revenue`,
  AVG(
    IF(
      (
        `t0`.`won` >= 1790812800.0
      )
      AND (
        `t0`.`won` < 1793491200.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      `t0`.`amount`,
      NULL
    )
  ) AS `current__avg_deal_size`,
  AVG(
    IF(
      (
        `t0`.`won` >= 1790812800.0
      )
      AND (
        `t0`.`won` < 1793491200.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `current__cycle_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1790812800.0
            )
            AND (
              `t0`.`won` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
        ORDER BY
          ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1790812800.0
            )
            AND (
              `t0`.`won` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
        ORDER BY
          ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1790812800.0
                  )
                  AND (
                    `t0`.`won` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              ORDER BY
                ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1790812800.0
                    )
                    AND (
                      `t0`.`won` < 1793491200.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
                ORDER BY
                  ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1790812800.0
                    )
                    AND (
                      `t0`.`won` < 1793491200.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
                ORDER BY
                  ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1790812800.0
            )
            AND (
              `t0`.`won` < 1793491200.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
        ORDER BY
          ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1790812800.0
                  )
                  AND (
                    `t0`.`won` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              ORDER BY
                ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1790812800.0
                  )
                  AND (
                    `t0`.`won` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              ORDER BY
                ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1790812800.0
                  )
                  AND (
                    `t0`.`won` < 1793491200.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
              ORDER BY
                ibis_bq_arr_dzfzco4sx5bevf3ozy26xrenvy
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `current__median_cycle_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1788220800.0
        )
        AND (
          `t0`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__opportunities`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`won` >= 1788220800.0
        )
        AND (
          `t0`.`won` < 1790812800.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__won`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`lost` >= 1788220800.0
        )
        AND (
          `t0`.`lost` < 1790812800.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        )
        AND (
          `t0`.`won` IS NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `prior__lost`,
  SUM(
    IF(
      (
        `t0`.`won` >= 1788220800.0
      )
      AND (
        `t0`.`won` < 1790812800.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      `t0`.`amount`,
      NULL
    )
  ) AS `prior__revenue`,
  AVG(
    IF(
      (
        `t0`.`won` >= 1788220800.0
      )
      AND (
        `t0`.`won` < 1790812800.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      `t0`.`amount`,
      NULL
    )
  ) AS `prior__avg_deal_size`,
  AVG(
    IF(
      (
        `t0`.`won` >= 1788220800.0
      )
      AND (
        `t0`.`won` < 1790812800.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `prior__cycle_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1788220800.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
        ORDER BY
          ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1788220800.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
        ORDER BY
          ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1788220800.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              ORDER BY
                ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1788220800.0
                    )
                    AND (
                      `t0`.`won` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
                ORDER BY
                  ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1788220800.0
                    )
                    AND (
                      `t0`.`won` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
                ORDER BY
                  ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1788220800.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
        ORDER BY
          ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1788220800.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              ORDER BY
                ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1788220800.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              ORDER BY
                ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1788220800.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
              ORDER BY
                ibis_bq_arr_3av45ykhhjhi7ozhfm3v7waq3y
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `prior__median_cycle_days`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`opportunity` >= 1782864000.0
        )
        AND (
          `t0`.`opportunity` < 1790812800.0
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__opportunities`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`won` >= 1782864000.0
        )
        AND (
          `t0`.`won` < 1790812800.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__won`,
  COALESCE(
    SUM(
      IF(
        (
          `t0`.`lost` >= 1782864000.0
        )
        AND (
          `t0`.`lost` < 1790812800.0
        )
        AND (
          `t0`.`opportunity` IS NOT NULL
        )
        AND (
          `t0`.`won` IS NULL
        ),
        1,
        0
      )
    ),
    0
  ) AS `trailing__lost`,
  SUM(
    IF(
      (
        `t0`.`won` >= 1782864000.0
      )
      AND (
        `t0`.`won` < 1790812800.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      `t0`.`amount`,
      NULL
    )
  ) AS `trailing__revenue`,
  AVG(
    IF(
      (
        `t0`.`won` >= 1782864000.0
      )
      AND (
        `t0`.`won` < 1790812800.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      `t0`.`amount`,
      NULL
    )
  ) AS `trailing__avg_deal_size`,
  AVG(
    IF(
      (
        `t0`.`won` >= 1782864000.0
      )
      AND (
        `t0`.`won` < 1790812800.0
      )
      AND (
        `t0`.`opportunity` IS NOT NULL
      ),
      ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
      NULL
    )
  ) AS `trailing__cycle_days`,
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY(
        SELECT
          ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1782864000.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
        ORDER BY
          ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
      )
    ) > 0
    THEN (
      ARRAY(
        SELECT
          ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1782864000.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
        ORDER BY
          ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
      )[safe_offset(
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1782864000.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              ORDER BY
                ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1782864000.0
                    )
                    AND (
                      `t0`.`won` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
                ORDER BY
                  ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY(
                SELECT
                  ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
                FROM UNNEST(ARRAY_AGG(
                  IF(
                    (
                      `t0`.`won` >= 1782864000.0
                    )
                    AND (
                      `t0`.`won` < 1790812800.0
                    )
                    AND (
                      `t0`.`opportunity` IS NOT NULL
                    ),
                    ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                    NULL
                  ) IGNORE NULLS
                )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
                ORDER BY
                  ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              )
            ) - 1 AS FLOAT64) * 0.5
          ) AS INT64) AS INT64) AS FLOAT64)
        )
      )
    ) + (
      ARRAY(
        SELECT
          ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
        FROM UNNEST(ARRAY_AGG(
          IF(
            (
              `t0`.`won` >= 1782864000.0
            )
            AND (
              `t0`.`won` < 1790812800.0
            )
            AND (
              `t0`.`opportunity` IS NOT NULL
            ),
            ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
            NULL
          ) IGNORE NULLS
        )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
        ORDER BY
          ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
      )[safe_offset(
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1782864000.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              ORDER BY
                ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64)
      )] * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1782864000.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              ORDER BY
                ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY(
              SELECT
                ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              FROM UNNEST(ARRAY_AGG(
                IF(
                  (
                    `t0`.`won` >= 1782864000.0
                  )
                  AND (
                    `t0`.`won` < 1790812800.0
                  )
                  AND (
                    `t0`.`opportunity` IS NOT NULL
                  ),
                  ieee_divide(`t0`.`won` - `t0`.`opportunity`, 86400.0),
                  NULL
                ) IGNORE NULLS
              )) AS ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
              ORDER BY
                ibis_bq_arr_5m6o4y4atrgcpg4pzetoxqqczm
            )
          ) - 1 AS FLOAT64) * 0.5
        ) AS INT64) AS INT64) AS FLOAT64)
      )
    )
    ELSE NULL
  END AS `trailing__median_cycle_days`
FROM `temp`.`main`.`"table_1"` AS `t0`;

-- query 11
SELECT
  COUNT(`t0`.`mql_at`) AS `mql`,
  COUNT(`t0`.`sql_at`) AS `sql`,
  COUNT(`t0`.`opportunity_at`) AS `opportunity`,
  COUNT(`t0`.`won_at`) AS `won`
FROM `leads` AS `t0`;

-- query 12
SELECT
  MAX(`t0`.`created`) AS `m_created`,
  MAX(`t0`.`mql`) AS `m_mql`,
  MAX(`t0`.`sql`) AS `m_sql`,
  MAX(`t0`.`opportunity`) AS `m_opportunity`,
  MAX(`t0`.`won`) AS `m_won`,
  MAX(`t0`.`lost`) AS `m_lost`
FROM `temp`.`main`.`"table_1"` AS `t0`;
