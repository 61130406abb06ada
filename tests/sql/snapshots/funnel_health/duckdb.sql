-- 16 queries, compiled for duckdb

-- query 1
SELECT
  "t1"."campaign_id",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        ) AND (
          "t1"."created" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1790812800.0
        ) AND (
          "t1"."mql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1790812800.0
        ) AND (
          "t1"."sql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1790812800.0
        )
        AND (
          "t1"."opportunity" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1790812800.0
        ) AND (
          "t1"."won" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          (
            "t1"."created" IS NOT NULL
          ) AND (
            "t1"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        ) AND (
          "t1"."created" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1790812800.0
        )
        AND (
          "t1"."mql" < 1793491200.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_0_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."created" IS NOT NULL
              ) AND (
                "t1"."mql" IS NOT NULL
              )
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."created" IS NOT NULL
              ) AND (
                "t1"."mql" IS NOT NULL
              )
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."created" IS NOT NULL
                ) AND (
                  "t1"."mql" IS NOT NULL
                )
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."created" IS NOT NULL
                ) AND (
                  "t1"."mql" IS NOT NULL
                )
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."created" IS NOT NULL
                      ) AND (
                        "t1"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."created" IS NOT NULL
                      ) AND (
                        "t1"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."created" IS NOT NULL
                      ) AND (
                        "t1"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."created" IS NOT NULL
                      ) AND (
                        "t1"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."created" IS NOT NULL
                ) AND (
                  "t1"."mql" IS NOT NULL
                )
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."created" IS NOT NULL
                ) AND (
                  "t1"."mql" IS NOT NULL
                )
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_0_median_days",
  AVG((
    "t1"."mql" - "t1"."created"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."created" >= 1790812800.0
    )
    AND (
      "t1"."created" < 1793491200.0
    )
    AND (
      (
        "t1"."created" IS NOT NULL
      ) AND (
        "t1"."mql" IS NOT NULL
      )
    )) AS "current__cohort_0_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."mql" IS NOT NULL
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."mql" IS NOT NULL
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_0_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."mql" >= 1790812800.0
            )
            AND (
              "t1"."mql" < 1793491200.0
            )
            AND (
              "t1"."created" IS NOT NULL
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."mql" >= 1790812800.0
            )
            AND (
              "t1"."mql" < 1793491200.0
            )
            AND (
              "t1"."created" IS NOT NULL
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."mql" >= 1790812800.0
              )
              AND (
                "t1"."mql" < 1793491200.0
              )
              AND (
                "t1"."created" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."mql" >= 1790812800.0
              )
              AND (
                "t1"."mql" < 1793491200.0
              )
              AND (
                "t1"."created" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."mql" >= 1790812800.0
                    )
                    AND (
                      "t1"."mql" < 1793491200.0
                    )
                    AND (
                      "t1"."created" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."mql" >= 1790812800.0
                    )
                    AND (
                      "t1"."mql" < 1793491200.0
                    )
                    AND (
                      "t1"."created" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."mql" >= 1790812800.0
                    )
                    AND (
                      "t1"."mql" < 1793491200.0
                    )
                    AND (
                      "t1"."created" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."mql" >= 1790812800.0
                    )
                    AND (
                      "t1"."mql" < 1793491200.0
                    )
                    AND (
                      "t1"."created" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."mql" >= 1790812800.0
              )
              AND (
                "t1"."mql" < 1793491200.0
              )
              AND (
                "t1"."created" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."mql" >= 1790812800.0
              )
              AND (
                "t1"."mql" < 1793491200.0
              )
              AND (
                "t1"."created" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_0_median_days",
  AVG((
    "t1"."mql" - "t1"."created"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."mql" >= 1790812800.0
    )
    AND (
      "t1"."mql" < 1793491200.0
    )
    AND (
      "t1"."created" IS NOT NULL
    )) AS "current__calendar_0_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          ) AND (
            "t1"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1790812800.0
        ) AND (
          "t1"."mql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1790812800.0
        )
        AND (
          "t1"."sql" < 1793491200.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_1_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."mql" IS NOT NULL
              ) AND (
                "t1"."sql" IS NOT NULL
              )
            )
            THEN (
              "t1"."sql" - "t1"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."mql" IS NOT NULL
              ) AND (
                "t1"."sql" IS NOT NULL
              )
            )
            THEN (
              "t1"."sql" - "t1"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."mql" IS NOT NULL
                ) AND (
                  "t1"."sql" IS NOT NULL
                )
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."mql" IS NOT NULL
                ) AND (
                  "t1"."sql" IS NOT NULL
                )
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."mql" IS NOT NULL
                      ) AND (
                        "t1"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."mql" IS NOT NULL
                      ) AND (
                        "t1"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."mql" IS NOT NULL
                      ) AND (
                        "t1"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."mql" IS NOT NULL
                      ) AND (
                        "t1"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."mql" IS NOT NULL
                ) AND (
                  "t1"."sql" IS NOT NULL
                )
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."mql" IS NOT NULL
                ) AND (
                  "t1"."sql" IS NOT NULL
                )
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_1_median_days",
  AVG((
    "t1"."sql" - "t1"."mql"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."created" >= 1790812800.0
    )
    AND (
      "t1"."created" < 1793491200.0
    )
    AND (
      (
        "t1"."mql" IS NOT NULL
      ) AND (
        "t1"."sql" IS NOT NULL
      )
    )) AS "current__cohort_1_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."sql" IS NOT NULL
            )
            THEN (
              "t1"."sql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."sql" IS NOT NULL
            )
            THEN (
              "t1"."sql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_1_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."sql" >= 1790812800.0
            )
            AND (
              "t1"."sql" < 1793491200.0
            )
            AND (
              "t1"."mql" IS NOT NULL
            )
            THEN (
              "t1"."sql" - "t1"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."sql" >= 1790812800.0
            )
            AND (
              "t1"."sql" < 1793491200.0
            )
            AND (
              "t1"."mql" IS NOT NULL
            )
            THEN (
              "t1"."sql" - "t1"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."sql" >= 1790812800.0
              )
              AND (
                "t1"."sql" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."sql" >= 1790812800.0
              )
              AND (
                "t1"."sql" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."sql" >= 1790812800.0
                    )
                    AND (
                      "t1"."sql" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."sql" >= 1790812800.0
                    )
                    AND (
                      "t1"."sql" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."sql" >= 1790812800.0
                    )
                    AND (
                      "t1"."sql" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."sql" >= 1790812800.0
                    )
                    AND (
                      "t1"."sql" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."sql" >= 1790812800.0
              )
              AND (
                "t1"."sql" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."sql" >= 1790812800.0
              )
              AND (
                "t1"."sql" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_1_median_days",
  AVG((
    "t1"."sql" - "t1"."mql"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."sql" >= 1790812800.0
    )
    AND (
      "t1"."sql" < 1793491200.0
    )
    AND (
      "t1"."mql" IS NOT NULL
    )) AS "current__calendar_1_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          ) AND (
            "t1"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1790812800.0
        ) AND (
          "t1"."sql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1790812800.0
        )
        AND (
          "t1"."opportunity" < 1793491200.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_2_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."sql" IS NOT NULL
              ) AND (
                "t1"."opportunity" IS NOT NULL
              )
            )
            THEN (
              "t1"."opportunity" - "t1"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."sql" IS NOT NULL
              ) AND (
                "t1"."opportunity" IS NOT NULL
              )
            )
            THEN (
              "t1"."opportunity" - "t1"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."sql" IS NOT NULL
                ) AND (
                  "t1"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."sql" IS NOT NULL
                ) AND (
                  "t1"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."sql" IS NOT NULL
                      ) AND (
                        "t1"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."sql" IS NOT NULL
                      ) AND (
                        "t1"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."sql" IS NOT NULL
                      ) AND (
                        "t1"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."sql" IS NOT NULL
                      ) AND (
                        "t1"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."sql" IS NOT NULL
                ) AND (
                  "t1"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."sql" IS NOT NULL
                ) AND (
                  "t1"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_2_median_days",
  AVG((
    "t1"."opportunity" - "t1"."sql"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."created" >= 1790812800.0
    )
    AND (
      "t1"."created" < 1793491200.0
    )
    AND (
      (
        "t1"."sql" IS NOT NULL
      ) AND (
        "t1"."opportunity" IS NOT NULL
      )
    )) AS "current__cohort_2_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."opportunity" IS NOT NULL
            )
            THEN (
              "t1"."opportunity" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."opportunity" IS NOT NULL
            )
            THEN (
              "t1"."opportunity" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_2_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."opportunity" >= 1790812800.0
            )
            AND (
              "t1"."opportunity" < 1793491200.0
            )
            AND (
              "t1"."sql" IS NOT NULL
            )
            THEN (
              "t1"."opportunity" - "t1"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."opportunity" >= 1790812800.0
            )
            AND (
              "t1"."opportunity" < 1793491200.0
            )
            AND (
              "t1"."sql" IS NOT NULL
            )
            THEN (
              "t1"."opportunity" - "t1"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."opportunity" >= 1790812800.0
              )
              AND (
                "t1"."opportunity" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."opportunity" >= 1790812800.0
              )
              AND (
                "t1"."opportunity" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t1"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t1"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t1"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t1"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."opportunity" >= 1790812800.0
              )
              AND (
                "t1"."opportunity" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."opportunity" >= 1790812800.0
              )
              AND (
                "t1"."opportunity" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_2_median_days",
  AVG((
    "t1"."opportunity" - "t1"."sql"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."opportunity" >= 1790812800.0
    )
    AND (
      "t1"."opportunity" < 1793491200.0
    )
    AND (
      "t1"."sql" IS NOT NULL
    )) AS "current__calendar_2_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          ) AND (
            "t1"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1790812800.0
        )
        AND (
          "t1"."opportunity" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1790812800.0
        )
        AND (
          "t1"."won" < 1793491200.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_3_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."opportunity" IS NOT NULL
              ) AND (
                "t1"."won" IS NOT NULL
              )
            )
            THEN (
              "t1"."won" - "t1"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."opportunity" IS NOT NULL
              ) AND (
                "t1"."won" IS NOT NULL
              )
            )
            THEN (
              "t1"."won" - "t1"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."opportunity" IS NOT NULL
                ) AND (
                  "t1"."won" IS NOT NULL
                )
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."opportunity" IS NOT NULL
                ) AND (
                  "t1"."won" IS NOT NULL
                )
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."opportunity" IS NOT NULL
                      ) AND (
                        "t1"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."opportunity" IS NOT NULL
                      ) AND (
                        "t1"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."opportunity" IS NOT NULL
                      ) AND (
                        "t1"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."opportunity" IS NOT NULL
                      ) AND (
                        "t1"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."opportunity" IS NOT NULL
                ) AND (
                  "t1"."won" IS NOT NULL
                )
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."opportunity" IS NOT NULL
                ) AND (
                  "t1"."won" IS NOT NULL
                )
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_3_median_days",
  AVG((
    "t1"."won" - "t1"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."created" >= 1790812800.0
    )
    AND (
      "t1"."created" < 1793491200.0
    )
    AND (
      (
        "t1"."opportunity" IS NOT NULL
      ) AND (
        "t1"."won" IS NOT NULL
      )
    )) AS "current__cohort_3_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."won" IS NOT NULL
            )
            THEN (
              "t1"."won" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."won" IS NOT NULL
            )
            THEN (
              "t1"."won" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."won" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."won" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."won" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."won" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."won" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."won" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."won" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."won" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_3_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."won" >= 1790812800.0
            )
            AND (
              "t1"."won" < 1793491200.0
            )
            AND (
              "t1"."opportunity" IS NOT NULL
            )
            THEN (
              "t1"."won" - "t1"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."won" >= 1790812800.0
            )
            AND (
              "t1"."won" < 1793491200.0
            )
            AND (
              "t1"."opportunity" IS NOT NULL
            )
            THEN (
              "t1"."won" - "t1"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."won" >= 1790812800.0
              )
              AND (
                "t1"."won" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."won" >= 1790812800.0
              )
              AND (
                "t1"."won" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."won" >= 1790812800.0
                    )
                    AND (
                      "t1"."won" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."won" >= 1790812800.0
                    )
                    AND (
                      "t1"."won" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."won" >= 1790812800.0
                    )
                    AND (
                      "t1"."won" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."won" >= 1790812800.0
                    )
                    AND (
                      "t1"."won" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."won" >= 1790812800.0
              )
              AND (
                "t1"."won" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."won" >= 1790812800.0
              )
              AND (
                "t1"."won" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_3_median_days",
  AVG((
    "t1"."won" - "t1"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."won" >= 1790812800.0
    )
    AND (
      "t1"."won" < 1793491200.0
    )
    AND (
      "t1"."opportunity" IS NOT NULL
    )) AS "current__calendar_3_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1788220800.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1788220800.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1788220800.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1788220800.0
        ) AND (
          "t1"."won" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."created" IS NOT NULL
          ) AND (
            "t1"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1788220800.0
        )
        AND (
          "t1"."mql" < 1790812800.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          ) AND (
            "t1"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1788220800.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1788220800.0
        )
        AND (
          "t1"."sql" < 1790812800.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          ) AND (
            "t1"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1788220800.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1788220800.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          ) AND (
            "t1"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1788220800.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1788220800.0
        )
        AND (
          "t1"."won" < 1790812800.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1782864000.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1782864000.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1782864000.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1782864000.0
        ) AND (
          "t1"."won" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."created" IS NOT NULL
          ) AND (
            "t1"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1782864000.0
        )
        AND (
          "t1"."mql" < 1790812800.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          ) AND (
            "t1"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1782864000.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1782864000.0
        )
        AND (
          "t1"."sql" < 1790812800.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          ) AND (
            "t1"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1782864000.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1782864000.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          ) AND (
            "t1"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1782864000.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1782864000.0
        )
        AND (
          "t1"."won" < 1790812800.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_3_converted"
FROM (
  SELECT
    *
  FROM "table_1" AS "t0"
  WHERE
    "t0"."campaign_id" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 2
SELECT
  "t1"."ch",
  "t1"."campaign",
  COUNT(*) AS "n"
FROM (
  SELECT
    "t0"."lead_id",
    "t0"."created_at",
    "t0"."channel",
    "t0"."campaign_id",
    "t0"."score",
    "t0"."mql_at",
    "t0"."sql_at",
    "t0"."opportunity_at",
    "t0"."won_at",
    "t0"."lost_at",
    "t0"."amount",
    "t0"."disqualified_reason",
    "t0"."company_size",
    "t0"."industry",
    "t0"."country",
    "t0"."lead_type",
    "t0"."channel" AS "ch",
    "t0"."campaign_id" AS "campaign"
  FROM "leads" AS "t0"
  WHERE
    "t0"."created_at" >= MAKE_TIMESTAMPTZ(2026, 10, 1, 0, 0, 0.0, 'UTC')
    AND "t0"."created_at" < MAKE_TIMESTAMPTZ(2026, 11, 1, 0, 0, 0.0, 'UTC')
) AS "t1"
GROUP BY
  1,
  2;

-- query 3
SELECT
  "t1"."ch",
  "t1"."campaign",
  COUNT(*) AS "n"
FROM (
  SELECT
    "t0"."lead_id",
    "t0"."created_at",
    "t0"."channel",
    "t0"."campaign_id",
    "t0"."score",
    "t0"."mql_at",
    "t0"."sql_at",
    "t0"."opportunity_at",
    "t0"."won_at",
    "t0"."lost_at",
    "t0"."amount",
    "t0"."disqualified_reason",
    "t0"."company_size",
    "t0"."industry",
    "t0"."country",
    "t0"."lead_type",
    "t0"."channel" AS "ch",
    "t0"."campaign_id" AS "campaign"
  FROM "leads" AS "t0"
  WHERE
    "t0"."created_at" >= MAKE_TIMESTAMPTZ(2026, 7, 1, 0, 0, 0.0, 'UTC')
    AND "t0"."created_at" < MAKE_TIMESTAMPTZ(2026, 10, 1, 0, 0, 0.0, 'UTC')
) AS "t1"
GROUP BY
  1,
  2;

-- query 4
SELECT
  "t1"."ch",
  "t1"."campaign",
  COUNT(*) AS "n"
FROM (
  SELECT
    "t0"."lead_id",
    "t0"."created_at",
    "t0"."channel",
    "t0"."campaign_id",
    "t0"."score",
    "t0"."mql_at",
    "t0"."sql_at",
    "t0"."opportunity_at",
    "t0"."won_at",
    "t0"."lost_at",
    "t0"."amount",
    "t0"."disqualified_reason",
    "t0"."company_size",
    "t0"."industry",
    "t0"."country",
    "t0"."lead_type",
    "t0"."channel" AS "ch",
    "t0"."campaign_id" AS "campaign"
  FROM "leads" AS "t0"
  WHERE
    "t0"."created_at" >= MAKE_TIMESTAMPTZ(2026, 9, 1, 0, 0, 0.0, 'UTC')
    AND "t0"."created_at" < MAKE_TIMESTAMPTZ(2026, 10, 1, 0, 0, 0.0, 'UTC')
) AS "t1"
GROUP BY
  1,
  2;

-- query 5
SELECT
  "t1"."channel",
  "t1"."campaign_id",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
            ) <= 3.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1782864000.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1782864000.0
        )
        AND (
          "t1"."mql" < 1790812800.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
            ) <= 4.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1782864000.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1782864000.0
        )
        AND (
          "t1"."sql" < 1790812800.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
            ) <= 6.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1782864000.0
        )
        AND (
          "t1"."opportunity" < 1789170861.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1782864000.0
        )
        AND (
          "t1"."opportunity" < 1789170861.0
        )
        AND (
          (
            "t1"."won" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
            ) <= 50.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h3_converted"
FROM (
  SELECT
    "t0"."created",
    "t0"."mql",
    "t0"."sql",
    "t0"."opportunity",
    "t0"."won",
    "t0"."lost",
    COALESCE("t0"."channel", '(none)') AS "channel",
    COALESCE("t0"."campaign_id", '(none)') AS "campaign_id",
    "t0"."amount"
  FROM "table_1" AS "t0"
) AS "t1"
GROUP BY
  1,
  2;

-- query 6
SELECT
  "t1"."channel",
  "t1"."campaign_id",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
            ) <= 3.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1788220800.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1788220800.0
        )
        AND (
          "t1"."mql" < 1790812800.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
            ) <= 4.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1788220800.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1788220800.0
        )
        AND (
          "t1"."sql" < 1790812800.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
            ) <= 6.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1788220800.0
        )
        AND (
          "t1"."opportunity" < 1789170861.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1788220800.0
        )
        AND (
          "t1"."opportunity" < 1789170861.0
        )
        AND (
          (
            "t1"."won" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
            ) <= 50.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h3_converted"
FROM (
  SELECT
    "t0"."created",
    "t0"."mql",
    "t0"."sql",
    "t0"."opportunity",
    "t0"."won",
    "t0"."lost",
    COALESCE("t0"."channel", '(none)') AS "channel",
    COALESCE("t0"."campaign_id", '(none)') AS "campaign_id",
    "t0"."amount"
  FROM "table_1" AS "t0"
) AS "t1"
GROUP BY
  1,
  2;

-- query 7
SELECT
  "t1"."channel",
  "t1"."campaign_id",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        ) AND (
          "t1"."created" < 1793231661.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793231661.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
            ) <= 3.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1790812800.0
        ) AND (
          "t1"."mql" < 1793145261.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1790812800.0
        )
        AND (
          "t1"."mql" < 1793145261.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
            ) <= 4.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1790812800.0
        ) AND (
          "t1"."sql" < 1792972461.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1790812800.0
        )
        AND (
          "t1"."sql" < 1792972461.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
            ) <= 6.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" IS NULL
        ) AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" IS NULL
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        AND (
          (
            "t1"."won" IS NOT NULL
          )
          AND (
            (
              (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
            ) <= 50.0
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "h3_converted"
FROM (
  SELECT
    "t0"."created",
    "t0"."mql",
    "t0"."sql",
    "t0"."opportunity",
    "t0"."won",
    "t0"."lost",
    COALESCE("t0"."channel", '(none)') AS "channel",
    COALESCE("t0"."campaign_id", '(none)') AS "campaign_id",
    "t0"."amount"
  FROM "table_1" AS "t0"
) AS "t1"
GROUP BY
  1,
  2;

-- query 8
SELECT
  "t1"."channel",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        ) AND (
          "t1"."created" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1790812800.0
        ) AND (
          "t1"."mql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1790812800.0
        ) AND (
          "t1"."sql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1790812800.0
        )
        AND (
          "t1"."opportunity" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1790812800.0
        ) AND (
          "t1"."won" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          (
            "t1"."created" IS NOT NULL
          ) AND (
            "t1"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        ) AND (
          "t1"."created" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1790812800.0
        )
        AND (
          "t1"."mql" < 1793491200.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_0_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."created" IS NOT NULL
              ) AND (
                "t1"."mql" IS NOT NULL
              )
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."created" IS NOT NULL
              ) AND (
                "t1"."mql" IS NOT NULL
              )
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."created" IS NOT NULL
                ) AND (
                  "t1"."mql" IS NOT NULL
                )
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."created" IS NOT NULL
                ) AND (
                  "t1"."mql" IS NOT NULL
                )
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."created" IS NOT NULL
                      ) AND (
                        "t1"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."created" IS NOT NULL
                      ) AND (
                        "t1"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."created" IS NOT NULL
                      ) AND (
                        "t1"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."created" IS NOT NULL
                      ) AND (
                        "t1"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."created" IS NOT NULL
                ) AND (
                  "t1"."mql" IS NOT NULL
                )
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."created" IS NOT NULL
                ) AND (
                  "t1"."mql" IS NOT NULL
                )
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."created" IS NOT NULL
                    ) AND (
                      "t1"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_0_median_days",
  AVG((
    "t1"."mql" - "t1"."created"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."created" >= 1790812800.0
    )
    AND (
      "t1"."created" < 1793491200.0
    )
    AND (
      (
        "t1"."created" IS NOT NULL
      ) AND (
        "t1"."mql" IS NOT NULL
      )
    )) AS "current__cohort_0_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."mql" IS NOT NULL
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."mql" IS NOT NULL
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_0_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."mql" >= 1790812800.0
            )
            AND (
              "t1"."mql" < 1793491200.0
            )
            AND (
              "t1"."created" IS NOT NULL
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."mql" >= 1790812800.0
            )
            AND (
              "t1"."mql" < 1793491200.0
            )
            AND (
              "t1"."created" IS NOT NULL
            )
            THEN (
              "t1"."mql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."mql" >= 1790812800.0
              )
              AND (
                "t1"."mql" < 1793491200.0
              )
              AND (
                "t1"."created" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."mql" >= 1790812800.0
              )
              AND (
                "t1"."mql" < 1793491200.0
              )
              AND (
                "t1"."created" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."mql" >= 1790812800.0
                    )
                    AND (
                      "t1"."mql" < 1793491200.0
                    )
                    AND (
                      "t1"."created" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."mql" >= 1790812800.0
                    )
                    AND (
                      "t1"."mql" < 1793491200.0
                    )
                    AND (
                      "t1"."created" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."mql" >= 1790812800.0
                    )
                    AND (
                      "t1"."mql" < 1793491200.0
                    )
                    AND (
                      "t1"."created" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."mql" >= 1790812800.0
                    )
                    AND (
                      "t1"."mql" < 1793491200.0
                    )
                    AND (
                      "t1"."created" IS NOT NULL
                    )
                    THEN (
                      "t1"."mql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."mql" >= 1790812800.0
              )
              AND (
                "t1"."mql" < 1793491200.0
              )
              AND (
                "t1"."created" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."mql" >= 1790812800.0
              )
              AND (
                "t1"."mql" < 1793491200.0
              )
              AND (
                "t1"."created" IS NOT NULL
              )
              THEN (
                "t1"."mql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."mql" >= 1790812800.0
                  )
                  AND (
                    "t1"."mql" < 1793491200.0
                  )
                  AND (
                    "t1"."created" IS NOT NULL
                  )
                  THEN (
                    "t1"."mql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_0_median_days",
  AVG((
    "t1"."mql" - "t1"."created"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."mql" >= 1790812800.0
    )
    AND (
      "t1"."mql" < 1793491200.0
    )
    AND (
      "t1"."created" IS NOT NULL
    )) AS "current__calendar_0_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          ) AND (
            "t1"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1790812800.0
        ) AND (
          "t1"."mql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1790812800.0
        )
        AND (
          "t1"."sql" < 1793491200.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_1_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."mql" IS NOT NULL
              ) AND (
                "t1"."sql" IS NOT NULL
              )
            )
            THEN (
              "t1"."sql" - "t1"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."mql" IS NOT NULL
              ) AND (
                "t1"."sql" IS NOT NULL
              )
            )
            THEN (
              "t1"."sql" - "t1"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."mql" IS NOT NULL
                ) AND (
                  "t1"."sql" IS NOT NULL
                )
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."mql" IS NOT NULL
                ) AND (
                  "t1"."sql" IS NOT NULL
                )
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."mql" IS NOT NULL
                      ) AND (
                        "t1"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."mql" IS NOT NULL
                      ) AND (
                        "t1"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."mql" IS NOT NULL
                      ) AND (
                        "t1"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."mql" IS NOT NULL
                      ) AND (
                        "t1"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."mql" IS NOT NULL
                ) AND (
                  "t1"."sql" IS NOT NULL
                )
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."mql" IS NOT NULL
                ) AND (
                  "t1"."sql" IS NOT NULL
                )
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."mql" IS NOT NULL
                    ) AND (
                      "t1"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_1_median_days",
  AVG((
    "t1"."sql" - "t1"."mql"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."created" >= 1790812800.0
    )
    AND (
      "t1"."created" < 1793491200.0
    )
    AND (
      (
        "t1"."mql" IS NOT NULL
      ) AND (
        "t1"."sql" IS NOT NULL
      )
    )) AS "current__cohort_1_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."sql" IS NOT NULL
            )
            THEN (
              "t1"."sql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."sql" IS NOT NULL
            )
            THEN (
              "t1"."sql" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_1_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."sql" >= 1790812800.0
            )
            AND (
              "t1"."sql" < 1793491200.0
            )
            AND (
              "t1"."mql" IS NOT NULL
            )
            THEN (
              "t1"."sql" - "t1"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."sql" >= 1790812800.0
            )
            AND (
              "t1"."sql" < 1793491200.0
            )
            AND (
              "t1"."mql" IS NOT NULL
            )
            THEN (
              "t1"."sql" - "t1"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."sql" >= 1790812800.0
              )
              AND (
                "t1"."sql" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."sql" >= 1790812800.0
              )
              AND (
                "t1"."sql" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."sql" >= 1790812800.0
                    )
                    AND (
                      "t1"."sql" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."sql" >= 1790812800.0
                    )
                    AND (
                      "t1"."sql" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."sql" >= 1790812800.0
                    )
                    AND (
                      "t1"."sql" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."sql" >= 1790812800.0
                    )
                    AND (
                      "t1"."sql" < 1793491200.0
                    )
                    AND (
                      "t1"."mql" IS NOT NULL
                    )
                    THEN (
                      "t1"."sql" - "t1"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."sql" >= 1790812800.0
              )
              AND (
                "t1"."sql" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."sql" >= 1790812800.0
              )
              AND (
                "t1"."sql" < 1793491200.0
              )
              AND (
                "t1"."mql" IS NOT NULL
              )
              THEN (
                "t1"."sql" - "t1"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."sql" >= 1790812800.0
                  )
                  AND (
                    "t1"."sql" < 1793491200.0
                  )
                  AND (
                    "t1"."mql" IS NOT NULL
                  )
                  THEN (
                    "t1"."sql" - "t1"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_1_median_days",
  AVG((
    "t1"."sql" - "t1"."mql"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."sql" >= 1790812800.0
    )
    AND (
      "t1"."sql" < 1793491200.0
    )
    AND (
      "t1"."mql" IS NOT NULL
    )) AS "current__calendar_1_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          ) AND (
            "t1"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1790812800.0
        ) AND (
          "t1"."sql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1790812800.0
        )
        AND (
          "t1"."opportunity" < 1793491200.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_2_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."sql" IS NOT NULL
              ) AND (
                "t1"."opportunity" IS NOT NULL
              )
            )
            THEN (
              "t1"."opportunity" - "t1"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."sql" IS NOT NULL
              ) AND (
                "t1"."opportunity" IS NOT NULL
              )
            )
            THEN (
              "t1"."opportunity" - "t1"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."sql" IS NOT NULL
                ) AND (
                  "t1"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."sql" IS NOT NULL
                ) AND (
                  "t1"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."sql" IS NOT NULL
                      ) AND (
                        "t1"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."sql" IS NOT NULL
                      ) AND (
                        "t1"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."sql" IS NOT NULL
                      ) AND (
                        "t1"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."sql" IS NOT NULL
                      ) AND (
                        "t1"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."sql" IS NOT NULL
                ) AND (
                  "t1"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."sql" IS NOT NULL
                ) AND (
                  "t1"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."sql" IS NOT NULL
                    ) AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_2_median_days",
  AVG((
    "t1"."opportunity" - "t1"."sql"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."created" >= 1790812800.0
    )
    AND (
      "t1"."created" < 1793491200.0
    )
    AND (
      (
        "t1"."sql" IS NOT NULL
      ) AND (
        "t1"."opportunity" IS NOT NULL
      )
    )) AS "current__cohort_2_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."opportunity" IS NOT NULL
            )
            THEN (
              "t1"."opportunity" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."opportunity" IS NOT NULL
            )
            THEN (
              "t1"."opportunity" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_2_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."opportunity" >= 1790812800.0
            )
            AND (
              "t1"."opportunity" < 1793491200.0
            )
            AND (
              "t1"."sql" IS NOT NULL
            )
            THEN (
              "t1"."opportunity" - "t1"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."opportunity" >= 1790812800.0
            )
            AND (
              "t1"."opportunity" < 1793491200.0
            )
            AND (
              "t1"."sql" IS NOT NULL
            )
            THEN (
              "t1"."opportunity" - "t1"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."opportunity" >= 1790812800.0
              )
              AND (
                "t1"."opportunity" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."opportunity" >= 1790812800.0
              )
              AND (
                "t1"."opportunity" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t1"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t1"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t1"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t1"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t1"."sql" IS NOT NULL
                    )
                    THEN (
                      "t1"."opportunity" - "t1"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."opportunity" >= 1790812800.0
              )
              AND (
                "t1"."opportunity" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."opportunity" >= 1790812800.0
              )
              AND (
                "t1"."opportunity" < 1793491200.0
              )
              AND (
                "t1"."sql" IS NOT NULL
              )
              THEN (
                "t1"."opportunity" - "t1"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t1"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t1"."sql" IS NOT NULL
                  )
                  THEN (
                    "t1"."opportunity" - "t1"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_2_median_days",
  AVG((
    "t1"."opportunity" - "t1"."sql"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."opportunity" >= 1790812800.0
    )
    AND (
      "t1"."opportunity" < 1793491200.0
    )
    AND (
      "t1"."sql" IS NOT NULL
    )) AS "current__calendar_2_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1790812800.0
        )
        AND (
          "t1"."created" < 1793491200.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          ) AND (
            "t1"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1790812800.0
        )
        AND (
          "t1"."opportunity" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1790812800.0
        )
        AND (
          "t1"."won" < 1793491200.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_3_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."opportunity" IS NOT NULL
              ) AND (
                "t1"."won" IS NOT NULL
              )
            )
            THEN (
              "t1"."won" - "t1"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              (
                "t1"."opportunity" IS NOT NULL
              ) AND (
                "t1"."won" IS NOT NULL
              )
            )
            THEN (
              "t1"."won" - "t1"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."opportunity" IS NOT NULL
                ) AND (
                  "t1"."won" IS NOT NULL
                )
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."opportunity" IS NOT NULL
                ) AND (
                  "t1"."won" IS NOT NULL
                )
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."opportunity" IS NOT NULL
                      ) AND (
                        "t1"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."opportunity" IS NOT NULL
                      ) AND (
                        "t1"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."opportunity" IS NOT NULL
                      ) AND (
                        "t1"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t1"."opportunity" IS NOT NULL
                      ) AND (
                        "t1"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."opportunity" IS NOT NULL
                ) AND (
                  "t1"."won" IS NOT NULL
                )
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                (
                  "t1"."opportunity" IS NOT NULL
                ) AND (
                  "t1"."won" IS NOT NULL
                )
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t1"."opportunity" IS NOT NULL
                    ) AND (
                      "t1"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_3_median_days",
  AVG((
    "t1"."won" - "t1"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."created" >= 1790812800.0
    )
    AND (
      "t1"."created" < 1793491200.0
    )
    AND (
      (
        "t1"."opportunity" IS NOT NULL
      ) AND (
        "t1"."won" IS NOT NULL
      )
    )) AS "current__cohort_3_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."won" IS NOT NULL
            )
            THEN (
              "t1"."won" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."created" >= 1790812800.0
            )
            AND (
              "t1"."created" < 1793491200.0
            )
            AND (
              "t1"."won" IS NOT NULL
            )
            THEN (
              "t1"."won" - "t1"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."won" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."won" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."won" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."won" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."won" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."created" >= 1790812800.0
                    )
                    AND (
                      "t1"."created" < 1793491200.0
                    )
                    AND (
                      "t1"."won" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."won" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."created" >= 1790812800.0
              )
              AND (
                "t1"."created" < 1793491200.0
              )
              AND (
                "t1"."won" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."created" >= 1790812800.0
                  )
                  AND (
                    "t1"."created" < 1793491200.0
                  )
                  AND (
                    "t1"."won" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_3_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t1"."won" >= 1790812800.0
            )
            AND (
              "t1"."won" < 1793491200.0
            )
            AND (
              "t1"."opportunity" IS NOT NULL
            )
            THEN (
              "t1"."won" - "t1"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t1"."won" >= 1790812800.0
            )
            AND (
              "t1"."won" < 1793491200.0
            )
            AND (
              "t1"."opportunity" IS NOT NULL
            )
            THEN (
              "t1"."won" - "t1"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."won" >= 1790812800.0
              )
              AND (
                "t1"."won" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."won" >= 1790812800.0
              )
              AND (
                "t1"."won" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."won" >= 1790812800.0
                    )
                    AND (
                      "t1"."won" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."won" >= 1790812800.0
                    )
                    AND (
                      "t1"."won" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t1"."won" >= 1790812800.0
                    )
                    AND (
                      "t1"."won" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t1"."won" >= 1790812800.0
                    )
                    AND (
                      "t1"."won" < 1793491200.0
                    )
                    AND (
                      "t1"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t1"."won" - "t1"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t1"."won" >= 1790812800.0
              )
              AND (
                "t1"."won" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t1"."won" >= 1790812800.0
              )
              AND (
                "t1"."won" < 1793491200.0
              )
              AND (
                "t1"."opportunity" IS NOT NULL
              )
              THEN (
                "t1"."won" - "t1"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t1"."won" >= 1790812800.0
                  )
                  AND (
                    "t1"."won" < 1793491200.0
                  )
                  AND (
                    "t1"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t1"."won" - "t1"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_3_median_days",
  AVG((
    "t1"."won" - "t1"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t1"."won" >= 1790812800.0
    )
    AND (
      "t1"."won" < 1793491200.0
    )
    AND (
      "t1"."opportunity" IS NOT NULL
    )) AS "current__calendar_3_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1788220800.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1788220800.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1788220800.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1788220800.0
        ) AND (
          "t1"."won" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."created" IS NOT NULL
          ) AND (
            "t1"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1788220800.0
        )
        AND (
          "t1"."mql" < 1790812800.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          ) AND (
            "t1"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1788220800.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1788220800.0
        )
        AND (
          "t1"."sql" < 1790812800.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          ) AND (
            "t1"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1788220800.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1788220800.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1788220800.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          ) AND (
            "t1"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1788220800.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1788220800.0
        )
        AND (
          "t1"."won" < 1790812800.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1782864000.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1782864000.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1782864000.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1782864000.0
        ) AND (
          "t1"."won" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."created" IS NOT NULL
          ) AND (
            "t1"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        ) AND (
          "t1"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1782864000.0
        )
        AND (
          "t1"."mql" < 1790812800.0
        )
        AND (
          "t1"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."mql" IS NOT NULL
          ) AND (
            "t1"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."mql" >= 1782864000.0
        ) AND (
          "t1"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1782864000.0
        )
        AND (
          "t1"."sql" < 1790812800.0
        )
        AND (
          "t1"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."sql" IS NOT NULL
          ) AND (
            "t1"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."sql" >= 1782864000.0
        ) AND (
          "t1"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1782864000.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        AND (
          "t1"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."created" >= 1782864000.0
        )
        AND (
          "t1"."created" < 1790812800.0
        )
        AND (
          (
            "t1"."opportunity" IS NOT NULL
          ) AND (
            "t1"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."opportunity" >= 1782864000.0
        )
        AND (
          "t1"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t1"."won" >= 1782864000.0
        )
        AND (
          "t1"."won" < 1790812800.0
        )
        AND (
          "t1"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_3_converted"
FROM (
  SELECT
    *
  FROM "table_1" AS "t0"
  WHERE
    "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 9
SELECT
  "t1"."day",
  "t1"."channel",
  "t1"."campaign",
  SUM(CAST("t1"."sessions" AS DOUBLE)) AS "sessions"
FROM (
  SELECT
    "t0"."date",
    "t0"."channel",
    "t0"."spend",
    "t0"."impressions",
    "t0"."clicks",
    "t0"."conversions",
    "t0"."campaign_id",
    "t0"."platform",
    "t0"."audience",
    "t0"."geo",
    "t0"."device",
    "t0"."creative",
    "t0"."reach",
    "t0"."sessions",
    "t0"."engaged_sessions",
    "t0"."conversion_value",
    "t0"."deliveries",
    "t0"."opens",
    "t0"."unsubscribes",
    "t0"."video_views",
    "t0"."engagements",
    "t0"."date" AS "day",
    "t0"."campaign_id" AS "campaign"
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."sessions" IS NOT NULL
    AND "t0"."date" >= MAKE_DATE(2026, 7, 1)
    AND "t0"."date" <= MAKE_DATE(2026, 10, 31)
    AND "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1,
  2,
  3;

-- query 10
SELECT
  *
FROM "targets";

-- query 11
SELECT
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.8
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.8
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "q0",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."mql" >= 1782864000.0
            )
            AND (
              "t0"."mql" < 1790812800.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."mql" >= 1782864000.0
            )
            AND (
              "t0"."mql" < 1790812800.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."mql" >= 1782864000.0
              )
              AND (
                "t0"."mql" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."mql" >= 1782864000.0
              )
              AND (
                "t0"."mql" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."mql" >= 1782864000.0
                    )
                    AND (
                      "t0"."mql" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."mql" >= 1782864000.0
                    )
                    AND (
                      "t0"."mql" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.8
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."mql" >= 1782864000.0
                    )
                    AND (
                      "t0"."mql" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."mql" >= 1782864000.0
                    )
                    AND (
                      "t0"."mql" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.8
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."mql" >= 1782864000.0
              )
              AND (
                "t0"."mql" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."mql" >= 1782864000.0
              )
              AND (
                "t0"."mql" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "q1",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."sql" >= 1782864000.0
            )
            AND (
              "t0"."sql" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."sql" >= 1782864000.0
            )
            AND (
              "t0"."sql" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."sql" >= 1782864000.0
              )
              AND (
                "t0"."sql" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."sql" >= 1782864000.0
              )
              AND (
                "t0"."sql" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."sql" >= 1782864000.0
                    )
                    AND (
                      "t0"."sql" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."sql" >= 1782864000.0
                    )
                    AND (
                      "t0"."sql" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.8
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."sql" >= 1782864000.0
                    )
                    AND (
                      "t0"."sql" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."sql" >= 1782864000.0
                    )
                    AND (
                      "t0"."sql" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.8
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."sql" >= 1782864000.0
              )
              AND (
                "t0"."sql" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."sql" >= 1782864000.0
              )
              AND (
                "t0"."sql" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "q2",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."opportunity" >= 1782864000.0
            )
            AND (
              "t0"."opportunity" < 1790812800.0
            )
            AND (
              "t0"."won" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."opportunity" >= 1782864000.0
            )
            AND (
              "t0"."opportunity" < 1790812800.0
            )
            AND (
              "t0"."won" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."opportunity" >= 1782864000.0
              )
              AND (
                "t0"."opportunity" < 1790812800.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."opportunity" >= 1782864000.0
              )
              AND (
                "t0"."opportunity" < 1790812800.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1782864000.0
                    )
                    AND (
                      "t0"."opportunity" < 1790812800.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1782864000.0
                    )
                    AND (
                      "t0"."opportunity" < 1790812800.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.8
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1782864000.0
                    )
                    AND (
                      "t0"."opportunity" < 1790812800.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1782864000.0
                    )
                    AND (
                      "t0"."opportunity" < 1790812800.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.8
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."opportunity" >= 1782864000.0
              )
              AND (
                "t0"."opportunity" < 1790812800.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."opportunity" >= 1782864000.0
              )
              AND (
                "t0"."opportunity" < 1790812800.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.8
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "q3"
FROM "table_1" AS "t0";

-- query 12
SELECT
  CASE
    WHEN EPOCH(CAST("t0"."created_at" AS TIMESTAMPTZ)) < 1795478400.0
    THEN EPOCH(CAST("t0"."created_at" AS TIMESTAMPTZ))
    ELSE CAST(NULL AS DOUBLE)
  END AS "created",
  COALESCE(
    CASE
      WHEN EPOCH(CAST("t0"."mql_at" AS TIMESTAMPTZ)) < 1795478400.0
      THEN EPOCH(CAST("t0"."mql_at" AS TIMESTAMPTZ))
      ELSE CAST(NULL AS DOUBLE)
    END,
    LEAST(
      CASE
        WHEN EPOCH(CAST("t0"."sql_at" AS TIMESTAMPTZ)) < 1795478400.0
        THEN EPOCH(CAST("t0"."sql_at" AS TIMESTAMPTZ))
        ELSE CAST(NULL AS DOUBLE)
      END,
      CASE
        WHEN EPOCH(CAST("t0"."opportunity_at" AS TIMESTAMPTZ)) < 1795478400.0
        THEN EPOCH(CAST("t0"."opportunity_at" AS TIMESTAMPTZ))
        ELSE CAST(NULL AS DOUBLE)
      END,
      CASE
        WHEN EPOCH(CAST("t0"."won_at" AS TIMESTAMPTZ)) < 1795478400.0
        THEN EPOCH(CAST("t0"."won_at" AS TIMESTAMPTZ))
        ELSE CAST(NULL AS DOUBLE)
      END
    )
  ) AS "mql",
  COALESCE(
    CASE
      WHEN EPOCH(CAST("t0"."sql_at" AS TIMESTAMPTZ)) < 1795478400.0
      THEN EPOCH(CAST("t0"."sql_at" AS TIMESTAMPTZ))
      ELSE CAST(NULL AS DOUBLE)
    END,
    LEAST(
      CASE
        WHEN EPOCH(CAST("t0"."opportunity_at" AS TIMESTAMPTZ)) < 1795478400.0
        THEN EPOCH(CAST("t0"."opportunity_at" AS TIMESTAMPTZ))
        ELSE CAST(NULL AS DOUBLE)
      END,
      CASE
        WHEN EPOCH(CAST("t0"."won_at" AS TIMESTAMPTZ)) < 1795478400.0
        THEN EPOCH(CAST("t0"."won_at" AS TIMESTAMPTZ))
        ELSE CAST(NULL AS DOUBLE)
      END
    )
  ) AS "sql",
  COALESCE(
    CASE
      WHEN EPOCH(CAST("t0"."opportunity_at" AS TIMESTAMPTZ)) < 1795478400.0
      THEN EPOCH(CAST("t0"."opportunity_at" AS TIMESTAMPTZ))
      ELSE CAST(NULL AS DOUBLE)
    END,
    CASE
      WHEN EPOCH(CAST("t0"."won_at" AS TIMESTAMPTZ)) < 1795478400.0
      THEN EPOCH(CAST("t0"."won_at" AS TIMESTAMPTZ))
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "opportunity",
  CASE
    WHEN EPOCH(CAST("t0"."won_at" AS TIMESTAMPTZ)) < 1795478400.0
    THEN EPOCH(CAST("t0"."won_at" AS TIMESTAMPTZ))
    ELSE CAST(NULL AS DOUBLE)
  END AS "won",
  CASE
    WHEN EPOCH(CAST("t0"."lost_at" AS TIMESTAMPTZ)) < 1795478400.0
    THEN EPOCH(CAST("t0"."lost_at" AS TIMESTAMPTZ))
    ELSE CAST(NULL AS DOUBLE)
  END AS "lost",
  "t0"."channel",
  "t0"."campaign_id",
  "t0"."amount"
FROM "leads" AS "t0"
WHERE
  CASE
    WHEN EPOCH(CAST("t0"."created_at" AS TIMESTAMPTZ)) < 1795478400.0
    THEN EPOCH(CAST("t0"."created_at" AS TIMESTAMPTZ))
    ELSE CAST(NULL AS DOUBLE)
  END < 1795478400.0;

-- query 13
SELECT
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        ) AND (
          "t0"."created" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1790812800.0
        ) AND (
          "t0"."mql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1790812800.0
        ) AND (
          "t0"."sql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1790812800.0
        )
        AND (
          "t0"."opportunity" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1790812800.0
        ) AND (
          "t0"."won" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        )
        AND (
          "t0"."created" < 1793491200.0
        )
        AND (
          "t0"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        )
        AND (
          "t0"."created" < 1793491200.0
        )
        AND (
          (
            "t0"."created" IS NOT NULL
          ) AND (
            "t0"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        ) AND (
          "t0"."created" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1790812800.0
        )
        AND (
          "t0"."mql" < 1793491200.0
        )
        AND (
          "t0"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_0_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              (
                "t0"."created" IS NOT NULL
              ) AND (
                "t0"."mql" IS NOT NULL
              )
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              (
                "t0"."created" IS NOT NULL
              ) AND (
                "t0"."mql" IS NOT NULL
              )
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."created" IS NOT NULL
                ) AND (
                  "t0"."mql" IS NOT NULL
                )
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."created" IS NOT NULL
                ) AND (
                  "t0"."mql" IS NOT NULL
                )
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."created" IS NOT NULL
                      ) AND (
                        "t0"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."created" IS NOT NULL
                      ) AND (
                        "t0"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."created" IS NOT NULL
                      ) AND (
                        "t0"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."created" IS NOT NULL
                      ) AND (
                        "t0"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."created" IS NOT NULL
                ) AND (
                  "t0"."mql" IS NOT NULL
                )
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."created" IS NOT NULL
                ) AND (
                  "t0"."mql" IS NOT NULL
                )
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_0_median_days",
  AVG((
    "t0"."mql" - "t0"."created"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."created" >= 1790812800.0
    )
    AND (
      "t0"."created" < 1793491200.0
    )
    AND (
      (
        "t0"."created" IS NOT NULL
      ) AND (
        "t0"."mql" IS NOT NULL
      )
    )) AS "current__cohort_0_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_0_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."mql" >= 1790812800.0
            )
            AND (
              "t0"."mql" < 1793491200.0
            )
            AND (
              "t0"."created" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."mql" >= 1790812800.0
            )
            AND (
              "t0"."mql" < 1793491200.0
            )
            AND (
              "t0"."created" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."mql" >= 1790812800.0
              )
              AND (
                "t0"."mql" < 1793491200.0
              )
              AND (
                "t0"."created" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."mql" >= 1790812800.0
              )
              AND (
                "t0"."mql" < 1793491200.0
              )
              AND (
                "t0"."created" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."mql" >= 1790812800.0
                    )
                    AND (
                      "t0"."mql" < 1793491200.0
                    )
                    AND (
                      "t0"."created" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."mql" >= 1790812800.0
                    )
                    AND (
                      "t0"."mql" < 1793491200.0
                    )
                    AND (
                      "t0"."created" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."mql" >= 1790812800.0
                    )
                    AND (
                      "t0"."mql" < 1793491200.0
                    )
                    AND (
                      "t0"."created" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."mql" >= 1790812800.0
                    )
                    AND (
                      "t0"."mql" < 1793491200.0
                    )
                    AND (
                      "t0"."created" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."mql" >= 1790812800.0
              )
              AND (
                "t0"."mql" < 1793491200.0
              )
              AND (
                "t0"."created" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."mql" >= 1790812800.0
              )
              AND (
                "t0"."mql" < 1793491200.0
              )
              AND (
                "t0"."created" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1790812800.0
                  )
                  AND (
                    "t0"."mql" < 1793491200.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_0_median_days",
  AVG((
    "t0"."mql" - "t0"."created"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."mql" >= 1790812800.0
    )
    AND (
      "t0"."mql" < 1793491200.0
    )
    AND (
      "t0"."created" IS NOT NULL
    )) AS "current__calendar_0_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        )
        AND (
          "t0"."created" < 1793491200.0
        )
        AND (
          "t0"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        )
        AND (
          "t0"."created" < 1793491200.0
        )
        AND (
          (
            "t0"."mql" IS NOT NULL
          ) AND (
            "t0"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1790812800.0
        ) AND (
          "t0"."mql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1790812800.0
        )
        AND (
          "t0"."sql" < 1793491200.0
        )
        AND (
          "t0"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_1_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              (
                "t0"."mql" IS NOT NULL
              ) AND (
                "t0"."sql" IS NOT NULL
              )
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              (
                "t0"."mql" IS NOT NULL
              ) AND (
                "t0"."sql" IS NOT NULL
              )
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."mql" IS NOT NULL
                ) AND (
                  "t0"."sql" IS NOT NULL
                )
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."mql" IS NOT NULL
                ) AND (
                  "t0"."sql" IS NOT NULL
                )
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."mql" IS NOT NULL
                      ) AND (
                        "t0"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."mql" IS NOT NULL
                      ) AND (
                        "t0"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."mql" IS NOT NULL
                      ) AND (
                        "t0"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."mql" IS NOT NULL
                      ) AND (
                        "t0"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."mql" IS NOT NULL
                ) AND (
                  "t0"."sql" IS NOT NULL
                )
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."mql" IS NOT NULL
                ) AND (
                  "t0"."sql" IS NOT NULL
                )
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_1_median_days",
  AVG((
    "t0"."sql" - "t0"."mql"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."created" >= 1790812800.0
    )
    AND (
      "t0"."created" < 1793491200.0
    )
    AND (
      (
        "t0"."mql" IS NOT NULL
      ) AND (
        "t0"."sql" IS NOT NULL
      )
    )) AS "current__cohort_1_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_1_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."sql" >= 1790812800.0
            )
            AND (
              "t0"."sql" < 1793491200.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."sql" >= 1790812800.0
            )
            AND (
              "t0"."sql" < 1793491200.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."sql" >= 1790812800.0
              )
              AND (
                "t0"."sql" < 1793491200.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."sql" >= 1790812800.0
              )
              AND (
                "t0"."sql" < 1793491200.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."sql" >= 1790812800.0
                    )
                    AND (
                      "t0"."sql" < 1793491200.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."sql" >= 1790812800.0
                    )
                    AND (
                      "t0"."sql" < 1793491200.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."sql" >= 1790812800.0
                    )
                    AND (
                      "t0"."sql" < 1793491200.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."sql" >= 1790812800.0
                    )
                    AND (
                      "t0"."sql" < 1793491200.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."sql" >= 1790812800.0
              )
              AND (
                "t0"."sql" < 1793491200.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."sql" >= 1790812800.0
              )
              AND (
                "t0"."sql" < 1793491200.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1790812800.0
                  )
                  AND (
                    "t0"."sql" < 1793491200.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_1_median_days",
  AVG((
    "t0"."sql" - "t0"."mql"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."sql" >= 1790812800.0
    )
    AND (
      "t0"."sql" < 1793491200.0
    )
    AND (
      "t0"."mql" IS NOT NULL
    )) AS "current__calendar_1_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        )
        AND (
          "t0"."created" < 1793491200.0
        )
        AND (
          "t0"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        )
        AND (
          "t0"."created" < 1793491200.0
        )
        AND (
          (
            "t0"."sql" IS NOT NULL
          ) AND (
            "t0"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1790812800.0
        ) AND (
          "t0"."sql" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1790812800.0
        )
        AND (
          "t0"."opportunity" < 1793491200.0
        )
        AND (
          "t0"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_2_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              (
                "t0"."sql" IS NOT NULL
              ) AND (
                "t0"."opportunity" IS NOT NULL
              )
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              (
                "t0"."sql" IS NOT NULL
              ) AND (
                "t0"."opportunity" IS NOT NULL
              )
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."sql" IS NOT NULL
                ) AND (
                  "t0"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."sql" IS NOT NULL
                ) AND (
                  "t0"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."sql" IS NOT NULL
                      ) AND (
                        "t0"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."sql" IS NOT NULL
                      ) AND (
                        "t0"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."sql" IS NOT NULL
                      ) AND (
                        "t0"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."sql" IS NOT NULL
                      ) AND (
                        "t0"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."sql" IS NOT NULL
                ) AND (
                  "t0"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."sql" IS NOT NULL
                ) AND (
                  "t0"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_2_median_days",
  AVG((
    "t0"."opportunity" - "t0"."sql"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."created" >= 1790812800.0
    )
    AND (
      "t0"."created" < 1793491200.0
    )
    AND (
      (
        "t0"."sql" IS NOT NULL
      ) AND (
        "t0"."opportunity" IS NOT NULL
      )
    )) AS "current__cohort_2_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_2_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."opportunity" >= 1790812800.0
            )
            AND (
              "t0"."opportunity" < 1793491200.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."opportunity" >= 1790812800.0
            )
            AND (
              "t0"."opportunity" < 1793491200.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."opportunity" >= 1790812800.0
              )
              AND (
                "t0"."opportunity" < 1793491200.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."opportunity" >= 1790812800.0
              )
              AND (
                "t0"."opportunity" < 1793491200.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" < 1793491200.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."opportunity" >= 1790812800.0
              )
              AND (
                "t0"."opportunity" < 1793491200.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."opportunity" >= 1790812800.0
              )
              AND (
                "t0"."opportunity" < 1793491200.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" < 1793491200.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_2_median_days",
  AVG((
    "t0"."opportunity" - "t0"."sql"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."opportunity" >= 1790812800.0
    )
    AND (
      "t0"."opportunity" < 1793491200.0
    )
    AND (
      "t0"."sql" IS NOT NULL
    )) AS "current__calendar_2_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        )
        AND (
          "t0"."created" < 1793491200.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1790812800.0
        )
        AND (
          "t0"."created" < 1793491200.0
        )
        AND (
          (
            "t0"."opportunity" IS NOT NULL
          ) AND (
            "t0"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1790812800.0
        )
        AND (
          "t0"."opportunity" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1790812800.0
        )
        AND (
          "t0"."won" < 1793491200.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__calendar_3_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              (
                "t0"."opportunity" IS NOT NULL
              ) AND (
                "t0"."won" IS NOT NULL
              )
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              (
                "t0"."opportunity" IS NOT NULL
              ) AND (
                "t0"."won" IS NOT NULL
              )
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."opportunity" IS NOT NULL
                ) AND (
                  "t0"."won" IS NOT NULL
                )
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."opportunity" IS NOT NULL
                ) AND (
                  "t0"."won" IS NOT NULL
                )
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."opportunity" IS NOT NULL
                      ) AND (
                        "t0"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."opportunity" IS NOT NULL
                      ) AND (
                        "t0"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."opportunity" IS NOT NULL
                      ) AND (
                        "t0"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      (
                        "t0"."opportunity" IS NOT NULL
                      ) AND (
                        "t0"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."opportunity" IS NOT NULL
                ) AND (
                  "t0"."won" IS NOT NULL
                )
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                (
                  "t0"."opportunity" IS NOT NULL
                ) AND (
                  "t0"."won" IS NOT NULL
                )
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_3_median_days",
  AVG((
    "t0"."won" - "t0"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."created" >= 1790812800.0
    )
    AND (
      "t0"."created" < 1793491200.0
    )
    AND (
      (
        "t0"."opportunity" IS NOT NULL
      ) AND (
        "t0"."won" IS NOT NULL
      )
    )) AS "current__cohort_3_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              "t0"."won" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1790812800.0
            )
            AND (
              "t0"."created" < 1793491200.0
            )
            AND (
              "t0"."won" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1790812800.0
                    )
                    AND (
                      "t0"."created" < 1793491200.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1790812800.0
              )
              AND (
                "t0"."created" < 1793491200.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1790812800.0
                  )
                  AND (
                    "t0"."created" < 1793491200.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__cohort_3_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."won" >= 1790812800.0
            )
            AND (
              "t0"."won" < 1793491200.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."won" >= 1790812800.0
            )
            AND (
              "t0"."won" < 1793491200.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1790812800.0
              )
              AND (
                "t0"."won" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1790812800.0
              )
              AND (
                "t0"."won" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1790812800.0
                    )
                    AND (
                      "t0"."won" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1790812800.0
                    )
                    AND (
                      "t0"."won" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1790812800.0
                    )
                    AND (
                      "t0"."won" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1790812800.0
                    )
                    AND (
                      "t0"."won" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1790812800.0
              )
              AND (
                "t0"."won" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1790812800.0
              )
              AND (
                "t0"."won" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__calendar_3_median_days",
  AVG((
    "t0"."won" - "t0"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."won" >= 1790812800.0
    )
    AND (
      "t0"."won" < 1793491200.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "current__calendar_3_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        ) AND (
          "t0"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1788220800.0
        ) AND (
          "t0"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1788220800.0
        ) AND (
          "t0"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1788220800.0
        )
        AND (
          "t0"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1788220800.0
        ) AND (
          "t0"."won" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          "t0"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          (
            "t0"."created" IS NOT NULL
          ) AND (
            "t0"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        ) AND (
          "t0"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1788220800.0
        )
        AND (
          "t0"."mql" < 1790812800.0
        )
        AND (
          "t0"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          "t0"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          (
            "t0"."mql" IS NOT NULL
          ) AND (
            "t0"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1788220800.0
        ) AND (
          "t0"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1788220800.0
        )
        AND (
          "t0"."sql" < 1790812800.0
        )
        AND (
          "t0"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          "t0"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          (
            "t0"."sql" IS NOT NULL
          ) AND (
            "t0"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1788220800.0
        ) AND (
          "t0"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1788220800.0
        )
        AND (
          "t0"."opportunity" < 1790812800.0
        )
        AND (
          "t0"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1788220800.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          (
            "t0"."opportunity" IS NOT NULL
          ) AND (
            "t0"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1788220800.0
        )
        AND (
          "t0"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1788220800.0
        )
        AND (
          "t0"."won" < 1790812800.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__calendar_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        ) AND (
          "t0"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_created",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1782864000.0
        ) AND (
          "t0"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_mql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1782864000.0
        ) AND (
          "t0"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_sql",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1782864000.0
        )
        AND (
          "t0"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_opportunity",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1782864000.0
        ) AND (
          "t0"."won" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__count_won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          "t0"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          (
            "t0"."created" IS NOT NULL
          ) AND (
            "t0"."mql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_0_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        ) AND (
          "t0"."created" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_0_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1782864000.0
        )
        AND (
          "t0"."mql" < 1790812800.0
        )
        AND (
          "t0"."created" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_0_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              (
                "t0"."created" IS NOT NULL
              ) AND (
                "t0"."mql" IS NOT NULL
              )
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              (
                "t0"."created" IS NOT NULL
              ) AND (
                "t0"."mql" IS NOT NULL
              )
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."created" IS NOT NULL
                ) AND (
                  "t0"."mql" IS NOT NULL
                )
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."created" IS NOT NULL
                ) AND (
                  "t0"."mql" IS NOT NULL
                )
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."created" IS NOT NULL
                      ) AND (
                        "t0"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."created" IS NOT NULL
                      ) AND (
                        "t0"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."created" IS NOT NULL
                      ) AND (
                        "t0"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."created" IS NOT NULL
                      ) AND (
                        "t0"."mql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."created" IS NOT NULL
                ) AND (
                  "t0"."mql" IS NOT NULL
                )
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."created" IS NOT NULL
                ) AND (
                  "t0"."mql" IS NOT NULL
                )
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."created" IS NOT NULL
                    ) AND (
                      "t0"."mql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__cohort_0_median_days",
  AVG((
    "t0"."mql" - "t0"."created"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."created" >= 1782864000.0
    )
    AND (
      "t0"."created" < 1790812800.0
    )
    AND (
      (
        "t0"."created" IS NOT NULL
      ) AND (
        "t0"."mql" IS NOT NULL
      )
    )) AS "trailing__cohort_0_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__cohort_0_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."mql" >= 1782864000.0
            )
            AND (
              "t0"."mql" < 1790812800.0
            )
            AND (
              "t0"."created" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."mql" >= 1782864000.0
            )
            AND (
              "t0"."mql" < 1790812800.0
            )
            AND (
              "t0"."created" IS NOT NULL
            )
            THEN (
              "t0"."mql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."mql" >= 1782864000.0
              )
              AND (
                "t0"."mql" < 1790812800.0
              )
              AND (
                "t0"."created" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."mql" >= 1782864000.0
              )
              AND (
                "t0"."mql" < 1790812800.0
              )
              AND (
                "t0"."created" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."mql" >= 1782864000.0
                    )
                    AND (
                      "t0"."mql" < 1790812800.0
                    )
                    AND (
                      "t0"."created" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."mql" >= 1782864000.0
                    )
                    AND (
                      "t0"."mql" < 1790812800.0
                    )
                    AND (
                      "t0"."created" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."mql" >= 1782864000.0
                    )
                    AND (
                      "t0"."mql" < 1790812800.0
                    )
                    AND (
                      "t0"."created" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."mql" >= 1782864000.0
                    )
                    AND (
                      "t0"."mql" < 1790812800.0
                    )
                    AND (
                      "t0"."created" IS NOT NULL
                    )
                    THEN (
                      "t0"."mql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."mql" >= 1782864000.0
              )
              AND (
                "t0"."mql" < 1790812800.0
              )
              AND (
                "t0"."created" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."mql" >= 1782864000.0
              )
              AND (
                "t0"."mql" < 1790812800.0
              )
              AND (
                "t0"."created" IS NOT NULL
              )
              THEN (
                "t0"."mql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."mql" >= 1782864000.0
                  )
                  AND (
                    "t0"."mql" < 1790812800.0
                  )
                  AND (
                    "t0"."created" IS NOT NULL
                  )
                  THEN (
                    "t0"."mql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__calendar_0_median_days",
  AVG((
    "t0"."mql" - "t0"."created"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."mql" >= 1782864000.0
    )
    AND (
      "t0"."mql" < 1790812800.0
    )
    AND (
      "t0"."created" IS NOT NULL
    )) AS "trailing__calendar_0_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          "t0"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          (
            "t0"."mql" IS NOT NULL
          ) AND (
            "t0"."sql" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_1_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."mql" >= 1782864000.0
        ) AND (
          "t0"."mql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_1_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1782864000.0
        )
        AND (
          "t0"."sql" < 1790812800.0
        )
        AND (
          "t0"."mql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_1_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              (
                "t0"."mql" IS NOT NULL
              ) AND (
                "t0"."sql" IS NOT NULL
              )
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              (
                "t0"."mql" IS NOT NULL
              ) AND (
                "t0"."sql" IS NOT NULL
              )
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."mql" IS NOT NULL
                ) AND (
                  "t0"."sql" IS NOT NULL
                )
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."mql" IS NOT NULL
                ) AND (
                  "t0"."sql" IS NOT NULL
                )
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."mql" IS NOT NULL
                      ) AND (
                        "t0"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."mql" IS NOT NULL
                      ) AND (
                        "t0"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."mql" IS NOT NULL
                      ) AND (
                        "t0"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."mql" IS NOT NULL
                      ) AND (
                        "t0"."sql" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."mql" IS NOT NULL
                ) AND (
                  "t0"."sql" IS NOT NULL
                )
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."mql" IS NOT NULL
                ) AND (
                  "t0"."sql" IS NOT NULL
                )
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."mql" IS NOT NULL
                    ) AND (
                      "t0"."sql" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__cohort_1_median_days",
  AVG((
    "t0"."sql" - "t0"."mql"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."created" >= 1782864000.0
    )
    AND (
      "t0"."created" < 1790812800.0
    )
    AND (
      (
        "t0"."mql" IS NOT NULL
      ) AND (
        "t0"."sql" IS NOT NULL
      )
    )) AS "trailing__cohort_1_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__cohort_1_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."sql" >= 1782864000.0
            )
            AND (
              "t0"."sql" < 1790812800.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."sql" >= 1782864000.0
            )
            AND (
              "t0"."sql" < 1790812800.0
            )
            AND (
              "t0"."mql" IS NOT NULL
            )
            THEN (
              "t0"."sql" - "t0"."mql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."sql" >= 1782864000.0
              )
              AND (
                "t0"."sql" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."sql" >= 1782864000.0
              )
              AND (
                "t0"."sql" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."sql" >= 1782864000.0
                    )
                    AND (
                      "t0"."sql" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."sql" >= 1782864000.0
                    )
                    AND (
                      "t0"."sql" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."sql" >= 1782864000.0
                    )
                    AND (
                      "t0"."sql" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."sql" >= 1782864000.0
                    )
                    AND (
                      "t0"."sql" < 1790812800.0
                    )
                    AND (
                      "t0"."mql" IS NOT NULL
                    )
                    THEN (
                      "t0"."sql" - "t0"."mql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."sql" >= 1782864000.0
              )
              AND (
                "t0"."sql" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."sql" >= 1782864000.0
              )
              AND (
                "t0"."sql" < 1790812800.0
              )
              AND (
                "t0"."mql" IS NOT NULL
              )
              THEN (
                "t0"."sql" - "t0"."mql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."sql" >= 1782864000.0
                  )
                  AND (
                    "t0"."sql" < 1790812800.0
                  )
                  AND (
                    "t0"."mql" IS NOT NULL
                  )
                  THEN (
                    "t0"."sql" - "t0"."mql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__calendar_1_median_days",
  AVG((
    "t0"."sql" - "t0"."mql"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."sql" >= 1782864000.0
    )
    AND (
      "t0"."sql" < 1790812800.0
    )
    AND (
      "t0"."mql" IS NOT NULL
    )) AS "trailing__calendar_1_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          "t0"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          (
            "t0"."sql" IS NOT NULL
          ) AND (
            "t0"."opportunity" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_2_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."sql" >= 1782864000.0
        ) AND (
          "t0"."sql" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_2_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1782864000.0
        )
        AND (
          "t0"."opportunity" < 1790812800.0
        )
        AND (
          "t0"."sql" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_2_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              (
                "t0"."sql" IS NOT NULL
              ) AND (
                "t0"."opportunity" IS NOT NULL
              )
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              (
                "t0"."sql" IS NOT NULL
              ) AND (
                "t0"."opportunity" IS NOT NULL
              )
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."sql" IS NOT NULL
                ) AND (
                  "t0"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."sql" IS NOT NULL
                ) AND (
                  "t0"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."sql" IS NOT NULL
                      ) AND (
                        "t0"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."sql" IS NOT NULL
                      ) AND (
                        "t0"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."sql" IS NOT NULL
                      ) AND (
                        "t0"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."sql" IS NOT NULL
                      ) AND (
                        "t0"."opportunity" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."sql" IS NOT NULL
                ) AND (
                  "t0"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."sql" IS NOT NULL
                ) AND (
                  "t0"."opportunity" IS NOT NULL
                )
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."sql" IS NOT NULL
                    ) AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__cohort_2_median_days",
  AVG((
    "t0"."opportunity" - "t0"."sql"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."created" >= 1782864000.0
    )
    AND (
      "t0"."created" < 1790812800.0
    )
    AND (
      (
        "t0"."sql" IS NOT NULL
      ) AND (
        "t0"."opportunity" IS NOT NULL
      )
    )) AS "trailing__cohort_2_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__cohort_2_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."opportunity" >= 1782864000.0
            )
            AND (
              "t0"."opportunity" < 1790812800.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."opportunity" >= 1782864000.0
            )
            AND (
              "t0"."opportunity" < 1790812800.0
            )
            AND (
              "t0"."sql" IS NOT NULL
            )
            THEN (
              "t0"."opportunity" - "t0"."sql"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."opportunity" >= 1782864000.0
              )
              AND (
                "t0"."opportunity" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."opportunity" >= 1782864000.0
              )
              AND (
                "t0"."opportunity" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1782864000.0
                    )
                    AND (
                      "t0"."opportunity" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1782864000.0
                    )
                    AND (
                      "t0"."opportunity" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1782864000.0
                    )
                    AND (
                      "t0"."opportunity" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."opportunity" >= 1782864000.0
                    )
                    AND (
                      "t0"."opportunity" < 1790812800.0
                    )
                    AND (
                      "t0"."sql" IS NOT NULL
                    )
                    THEN (
                      "t0"."opportunity" - "t0"."sql"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."opportunity" >= 1782864000.0
              )
              AND (
                "t0"."opportunity" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."opportunity" >= 1782864000.0
              )
              AND (
                "t0"."opportunity" < 1790812800.0
              )
              AND (
                "t0"."sql" IS NOT NULL
              )
              THEN (
                "t0"."opportunity" - "t0"."sql"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."opportunity" >= 1782864000.0
                  )
                  AND (
                    "t0"."opportunity" < 1790812800.0
                  )
                  AND (
                    "t0"."sql" IS NOT NULL
                  )
                  THEN (
                    "t0"."opportunity" - "t0"."sql"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__calendar_2_median_days",
  AVG((
    "t0"."opportunity" - "t0"."sql"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."opportunity" >= 1782864000.0
    )
    AND (
      "t0"."opportunity" < 1790812800.0
    )
    AND (
      "t0"."sql" IS NOT NULL
    )) AS "trailing__calendar_2_mean_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."created" >= 1782864000.0
        )
        AND (
          "t0"."created" < 1790812800.0
        )
        AND (
          (
            "t0"."opportunity" IS NOT NULL
          ) AND (
            "t0"."won" IS NOT NULL
          )
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__cohort_3_converted",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1782864000.0
        )
        AND (
          "t0"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_3_entered",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1782864000.0
        )
        AND (
          "t0"."won" < 1790812800.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__calendar_3_converted",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              (
                "t0"."opportunity" IS NOT NULL
              ) AND (
                "t0"."won" IS NOT NULL
              )
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              (
                "t0"."opportunity" IS NOT NULL
              ) AND (
                "t0"."won" IS NOT NULL
              )
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."opportunity" IS NOT NULL
                ) AND (
                  "t0"."won" IS NOT NULL
                )
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."opportunity" IS NOT NULL
                ) AND (
                  "t0"."won" IS NOT NULL
                )
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."opportunity" IS NOT NULL
                      ) AND (
                        "t0"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."opportunity" IS NOT NULL
                      ) AND (
                        "t0"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."opportunity" IS NOT NULL
                      ) AND (
                        "t0"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      (
                        "t0"."opportunity" IS NOT NULL
                      ) AND (
                        "t0"."won" IS NOT NULL
                      )
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."opportunity" IS NOT NULL
                ) AND (
                  "t0"."won" IS NOT NULL
                )
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                (
                  "t0"."opportunity" IS NOT NULL
                ) AND (
                  "t0"."won" IS NOT NULL
                )
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    (
                      "t0"."opportunity" IS NOT NULL
                    ) AND (
                      "t0"."won" IS NOT NULL
                    )
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__cohort_3_median_days",
  AVG((
    "t0"."won" - "t0"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."created" >= 1782864000.0
    )
    AND (
      "t0"."created" < 1790812800.0
    )
    AND (
      (
        "t0"."opportunity" IS NOT NULL
      ) AND (
        "t0"."won" IS NOT NULL
      )
    )) AS "trailing__cohort_3_mean_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."won" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."created" >= 1782864000.0
            )
            AND (
              "t0"."created" < 1790812800.0
            )
            AND (
              "t0"."won" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."created"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."created" >= 1782864000.0
                    )
                    AND (
                      "t0"."created" < 1790812800.0
                    )
                    AND (
                      "t0"."won" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."created"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."created" >= 1782864000.0
              )
              AND (
                "t0"."created" < 1790812800.0
              )
              AND (
                "t0"."won" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."created"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."created" >= 1782864000.0
                  )
                  AND (
                    "t0"."created" < 1790812800.0
                  )
                  AND (
                    "t0"."won" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."created"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__cohort_3_lag",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."won" >= 1782864000.0
            )
            AND (
              "t0"."won" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."won" >= 1782864000.0
            )
            AND (
              "t0"."won" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1782864000.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1782864000.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1782864000.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1782864000.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1782864000.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1782864000.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1782864000.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1782864000.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__calendar_3_median_days",
  AVG((
    "t0"."won" - "t0"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."won" >= 1782864000.0
    )
    AND (
      "t0"."won" < 1790812800.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "trailing__calendar_3_mean_days"
FROM "table_1" AS "t0";

-- query 14
SELECT
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1790812800.0
        )
        AND (
          "t0"."opportunity" < 1793491200.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__opportunities",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1790812800.0
        )
        AND (
          "t0"."won" < 1793491200.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."lost" >= 1790812800.0
        )
        AND (
          "t0"."lost" < 1793491200.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        AND (
          "t0"."won" IS NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "current__lost",
  SUM("t0"."amount") FILTER(WHERE
    (
      "t0"."won" >= 1790812800.0
    )
    AND (
      "t0"."won" < 1793491200.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "current__revenue",
  AVG("t0"."amount") FILTER(WHERE
    (
      "t0"."won" >= 1790812800.0
    )
    AND (
      "t0"."won" < 1793491200.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "current__avg_deal_size",
  AVG((
    "t0"."won" - "t0"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."won" >= 1790812800.0
    )
    AND (
      "t0"."won" < 1793491200.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "current__cycle_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."won" >= 1790812800.0
            )
            AND (
              "t0"."won" < 1793491200.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."won" >= 1790812800.0
            )
            AND (
              "t0"."won" < 1793491200.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1790812800.0
              )
              AND (
                "t0"."won" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1790812800.0
              )
              AND (
                "t0"."won" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1790812800.0
                    )
                    AND (
                      "t0"."won" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1790812800.0
                    )
                    AND (
                      "t0"."won" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1790812800.0
                    )
                    AND (
                      "t0"."won" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1790812800.0
                    )
                    AND (
                      "t0"."won" < 1793491200.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1790812800.0
              )
              AND (
                "t0"."won" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1790812800.0
              )
              AND (
                "t0"."won" < 1793491200.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1790812800.0
                  )
                  AND (
                    "t0"."won" < 1793491200.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "current__median_cycle_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1788220800.0
        )
        AND (
          "t0"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__opportunities",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1788220800.0
        )
        AND (
          "t0"."won" < 1790812800.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."lost" >= 1788220800.0
        )
        AND (
          "t0"."lost" < 1790812800.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        AND (
          "t0"."won" IS NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "prior__lost",
  SUM("t0"."amount") FILTER(WHERE
    (
      "t0"."won" >= 1788220800.0
    )
    AND (
      "t0"."won" < 1790812800.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "prior__revenue",
  AVG("t0"."amount") FILTER(WHERE
    (
      "t0"."won" >= 1788220800.0
    )
    AND (
      "t0"."won" < 1790812800.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "prior__avg_deal_size",
  AVG((
    "t0"."won" - "t0"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."won" >= 1788220800.0
    )
    AND (
      "t0"."won" < 1790812800.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "prior__cycle_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."won" >= 1788220800.0
            )
            AND (
              "t0"."won" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."won" >= 1788220800.0
            )
            AND (
              "t0"."won" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1788220800.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1788220800.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1788220800.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1788220800.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1788220800.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1788220800.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1788220800.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1788220800.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1788220800.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "prior__median_cycle_days",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."opportunity" >= 1782864000.0
        )
        AND (
          "t0"."opportunity" < 1790812800.0
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__opportunities",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."won" >= 1782864000.0
        )
        AND (
          "t0"."won" < 1790812800.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__won",
  COALESCE(
    SUM(
      CASE
        WHEN (
          "t0"."lost" >= 1782864000.0
        )
        AND (
          "t0"."lost" < 1790812800.0
        )
        AND (
          "t0"."opportunity" IS NOT NULL
        )
        AND (
          "t0"."won" IS NULL
        )
        THEN 1
        ELSE 0
      END
    ),
    0
  ) AS "trailing__lost",
  SUM("t0"."amount") FILTER(WHERE
    (
      "t0"."won" >= 1782864000.0
    )
    AND (
      "t0"."won" < 1790812800.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "trailing__revenue",
  AVG("t0"."amount") FILTER(WHERE
    (
      "t0"."won" >= 1782864000.0
    )
    AND (
      "t0"."won" < 1790812800.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "trailing__avg_deal_size",
  AVG((
    "t0"."won" - "t0"."opportunity"
  ) / 86400.0) FILTER(WHERE
    (
      "t0"."won" >= 1782864000.0
    )
    AND (
      "t0"."won" < 1790812800.0
    )
    AND (
      "t0"."opportunity" IS NOT NULL
    )) AS "trailing__cycle_days",
  CASE
    WHEN ARRAY_LENGTH(
      ARRAY_SORT(
        ARRAY_AGG(
          CASE
            WHEN (
              "t0"."won" >= 1782864000.0
            )
            AND (
              "t0"."won" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END
        ) FILTER(WHERE
          CASE
            WHEN (
              "t0"."won" >= 1782864000.0
            )
            AND (
              "t0"."won" < 1790812800.0
            )
            AND (
              "t0"."opportunity" IS NOT NULL
            )
            THEN (
              "t0"."won" - "t0"."opportunity"
            ) / 86400.0
            ELSE NULL
          END IS NOT NULL)
      )
    ) > 0
    THEN (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1782864000.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1782864000.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        1.0 - (
          (
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1782864000.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1782864000.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) - CAST(CAST(CAST(FLOOR(
            CAST(ARRAY_LENGTH(
              ARRAY_SORT(
                ARRAY_AGG(
                  CASE
                    WHEN (
                      "t0"."won" >= 1782864000.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END
                ) FILTER(WHERE
                  CASE
                    WHEN (
                      "t0"."won" >= 1782864000.0
                    )
                    AND (
                      "t0"."won" < 1790812800.0
                    )
                    AND (
                      "t0"."opportunity" IS NOT NULL
                    )
                    THEN (
                      "t0"."won" - "t0"."opportunity"
                    ) / 86400.0
                    ELSE NULL
                  END IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * 0.5
          ) AS BIGINT) AS INT) AS DOUBLE)
        )
      )
    ) + (
      LIST_EXTRACT(
        ARRAY_SORT(
          ARRAY_AGG(
            CASE
              WHEN (
                "t0"."won" >= 1782864000.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END
          ) FILTER(WHERE
            CASE
              WHEN (
                "t0"."won" >= 1782864000.0
              )
              AND (
                "t0"."won" < 1790812800.0
              )
              AND (
                "t0"."opportunity" IS NOT NULL
              )
              THEN (
                "t0"."won" - "t0"."opportunity"
              ) / 86400.0
              ELSE NULL
            END IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) + CAST(CAST(CAST(CEIL(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) >= 0 AS INT)
      ) * (
        (
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) - CAST(CAST(CAST(FLOOR(
          CAST(ARRAY_LENGTH(
            ARRAY_SORT(
              ARRAY_AGG(
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END
              ) FILTER(WHERE
                CASE
                  WHEN (
                    "t0"."won" >= 1782864000.0
                  )
                  AND (
                    "t0"."won" < 1790812800.0
                  )
                  AND (
                    "t0"."opportunity" IS NOT NULL
                  )
                  THEN (
                    "t0"."won" - "t0"."opportunity"
                  ) / 86400.0
                  ELSE NULL
                END IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * 0.5
        ) AS BIGINT) AS INT) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "trailing__median_cycle_days"
FROM "table_1" AS "t0";

-- query 15
SELECT
  COUNT("t0"."mql_at") AS "mql",
  COUNT("t0"."sql_at") AS "sql",
  COUNT("t0"."opportunity_at") AS "opportunity",
  COUNT("t0"."won_at") AS "won"
FROM "leads" AS "t0";

-- query 16
SELECT
  MAX("t0"."created") AS "m_created",
  MAX("t0"."mql") AS "m_mql",
  MAX("t0"."sql") AS "m_sql",
  MAX("t0"."opportunity") AS "m_opportunity",
  MAX("t0"."won") AS "m_won",
  MAX("t0"."lost") AS "m_lost"
FROM "table_1" AS "t0";
