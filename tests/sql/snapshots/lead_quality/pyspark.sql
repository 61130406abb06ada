-- 17 queries, compiled for pyspark

-- query 1
SELECT
  `t1`.`day`,
  COUNT(*) AS `leads`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    CAST(`t0`.`created_at` AS DATE) AS `day`,
    (
      `t0`.`sql_at` IS NOT NULL
    )
    AND (
      `t0`.`sql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
    ) AS `positive`
  FROM `leads` AS `t0`
  WHERE
    (
      `t0`.`score` IS NOT NULL AND NOT ISNAN(`t0`.`score`)
    )
    AND `t0`.`created_at` >= CAST('2025-10-24T00:00:00+00:00' AS TIMESTAMP)
    AND `t0`.`created_at` < CAST('2026-10-25T00:00:00+00:00' AS TIMESTAMP)
) AS `t1`
GROUP BY
  1;

-- query 2
SELECT
  `t1`.`reason`,
  COUNT(*) AS `count`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    LOWER(TRIM(' \t\n\r\v\f' FROM `t0`.`disqualified_reason`)) AS `reason`
  FROM `leads` AS `t0`
  WHERE
    `t0`.`mql_at` IS NOT NULL
    AND `t0`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
    AND `t0`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
    AND LOWER(TRIM(' \t\n\r\v\f' FROM `t0`.`disqualified_reason`)) IS NOT NULL
    AND LOWER(TRIM(' \t\n\r\v\f' FROM `t0`.`disqualified_reason`)) <> ''
) AS `t1`
GROUP BY
  1;

-- query 3
SELECT
  `t1`.`reason`,
  COUNT(*) AS `count`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    LOWER(TRIM(' \t\n\r\v\f' FROM `t0`.`disqualified_reason`)) AS `reason`
  FROM `leads` AS `t0`
  WHERE
    `t0`.`mql_at` IS NOT NULL
    AND `t0`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
    AND `t0`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
    AND LOWER(TRIM(' \t\n\r\v\f' FROM `t0`.`disqualified_reason`)) IS NOT NULL
    AND LOWER(TRIM(' \t\n\r\v\f' FROM `t0`.`disqualified_reason`)) <> ''
) AS `t1`
GROUP BY
  1;

-- query 4
SELECT
  `t1`.`score`,
  `t1`.`positive`,
  `t1`.`newer`,
  COUNT(*) AS `leads`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    CAST(`t0`.`created_at` AS DATE) AS `day`,
    (
      `t0`.`sql_at` IS NOT NULL
    )
    AND (
      `t0`.`sql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
    ) AS `positive`,
    CAST(`t0`.`created_at` AS DATE) >= MAKE_DATE(2026, 8, 10) AS `newer`
  FROM `leads` AS `t0`
  WHERE
    (
      `t0`.`score` IS NOT NULL AND NOT ISNAN(`t0`.`score`)
    )
    AND `t0`.`created_at` >= CAST('2025-10-24T00:00:00+00:00' AS TIMESTAMP)
    AND `t0`.`created_at` < CAST('2026-10-25T00:00:00+00:00' AS TIMESTAMP)
) AS `t1`
GROUP BY
  1,
  2,
  3;

-- query 5
SELECT
  `t1`.`segment`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `leads`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`mql_at` IS NOT NULL
        )
        AND (
          `t1`.`mql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `cohort_mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`sql_at` IS NOT NULL
        )
        AND (
          `t1`.`sql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `sqls`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    'all' AS `segment`
  FROM `leads` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 6
SELECT
  `t1`.`segment`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `leads`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`mql_at` IS NOT NULL
        )
        AND (
          `t1`.`mql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `cohort_mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`sql_at` IS NOT NULL
        )
        AND (
          `t1`.`sql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `sqls`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    COALESCE(`t0`.`campaign_id`, '(none)') AS `segment`
  FROM `leads` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 7
SELECT
  `t1`.`segment`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `leads`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`mql_at` IS NOT NULL
        )
        AND (
          `t1`.`mql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `cohort_mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`sql_at` IS NOT NULL
        )
        AND (
          `t1`.`sql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `sqls`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    COALESCE(`t0`.`channel`, '(none)') AS `segment`
  FROM `leads` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 8
SELECT
  `t1`.`segment`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `leads`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`mql_at` IS NOT NULL
        )
        AND (
          `t1`.`mql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `cohort_mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`sql_at` IS NOT NULL
        )
        AND (
          `t1`.`sql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `sqls`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    CONCAT(
      CONCAT(COALESCE(`t0`.`channel`, '(none)'), '\x1f'),
      COALESCE(`t0`.`campaign_id`, '(none)')
    ) AS `segment`
  FROM `leads` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 9
SELECT
  `t1`.`segment`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `leads`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`mql_at` IS NOT NULL
        )
        AND (
          `t1`.`mql_at` < CAST('2026-10-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `cohort_mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`sql_at` IS NOT NULL
        )
        AND (
          `t1`.`sql_at` < CAST('2026-10-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `sqls`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    'all' AS `segment`
  FROM `leads` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 10
SELECT
  `t1`.`segment`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `leads`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`mql_at` IS NOT NULL
        )
        AND (
          `t1`.`mql_at` < CAST('2026-10-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `cohort_mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`sql_at` IS NOT NULL
        )
        AND (
          `t1`.`sql_at` < CAST('2026-10-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `sqls`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    COALESCE(`t0`.`campaign_id`, '(none)') AS `segment`
  FROM `leads` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 11
SELECT
  `t1`.`segment`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `leads`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`mql_at` IS NOT NULL
        )
        AND (
          `t1`.`mql_at` < CAST('2026-10-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `cohort_mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`sql_at` IS NOT NULL
        )
        AND (
          `t1`.`sql_at` < CAST('2026-10-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `sqls`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    COALESCE(`t0`.`channel`, '(none)') AS `segment`
  FROM `leads` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 12
SELECT
  `t1`.`segment`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `leads`,
  SUM(
    IF(
      (
        `t1`.`created_at` IS NOT NULL
      )
      AND (
        `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`mql_at` IS NOT NULL
        )
        AND (
          `t1`.`mql_at` < CAST('2026-10-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `cohort_mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      ),
      1,
      0
    )
  ) AS `mqls`,
  SUM(
    IF(
      (
        `t1`.`mql_at` IS NOT NULL
      )
      AND (
        `t1`.`mql_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        `t1`.`mql_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      )
      AND (
        (
          `t1`.`sql_at` IS NOT NULL
        )
        AND (
          `t1`.`sql_at` < CAST('2026-10-24T00:00:00+00:00' AS TIMESTAMP)
        )
      ),
      1,
      0
    )
  ) AS `sqls`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    CONCAT(
      CONCAT(COALESCE(`t0`.`channel`, '(none)'), '\x1f'),
      COALESCE(`t0`.`campaign_id`, '(none)')
    ) AS `segment`
  FROM `leads` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 13
SELECT
  *
FROM `targets`;

-- query 14
SELECT
  COUNT(*) AS `CountStar()`
FROM (
  SELECT
    *
  FROM `leads` AS `t0`
  WHERE
    `t0`.`sql_at` IS NOT NULL
) AS `t1`;

-- query 15
SELECT
  COUNT(DISTINCT `t1`.`score`) AS `n`,
  MIN(`t1`.`score`) AS `lo`,
  MAX(`t1`.`score`) AS `hi`
FROM (
  SELECT
    `t0`.`lead_id`,
    `t0`.`created_at`,
    `t0`.`channel`,
    `t0`.`campaign_id`,
    `t0`.`score`,
    `t0`.`mql_at`,
    `t0`.`sql_at`,
    `t0`.`opportunity_at`,
    `t0`.`won_at`,
    `t0`.`lost_at`,
    `t0`.`amount`,
    `t0`.`disqualified_reason`,
    `t0`.`company_size`,
    `t0`.`industry`,
    `t0`.`country`,
    `t0`.`lead_type`,
    CAST(`t0`.`created_at` AS DATE) AS `day`,
    (
      `t0`.`sql_at` IS NOT NULL
    )
    AND (
      `t0`.`sql_at` < CAST('2026-11-24T00:00:00+00:00' AS TIMESTAMP)
    ) AS `positive`,
    CAST(`t0`.`created_at` AS DATE) >= MAKE_DATE(2026, 8, 10) AS `newer`
  FROM `leads` AS `t0`
  WHERE
    (
      `t0`.`score` IS NOT NULL AND NOT ISNAN(`t0`.`score`)
    )
    AND `t0`.`created_at` >= CAST('2025-10-24T00:00:00+00:00' AS TIMESTAMP)
    AND `t0`.`created_at` < CAST('2026-10-25T00:00:00+00:00' AS TIMESTAMP)
) AS `t1`;

-- query 16
SELECT
  MAX(`t0`.`created_at`) AS `created_at`,
  MAX(`t0`.`mql_at`) AS `mql_at`,
  MAX(`t0`.`sql_at`) AS `sql_at`,
  MAX(`t0`.`opportunity_at`) AS `opportunity_at`,
  MAX(`t0`.`won_at`) AS `won_at`
FROM `leads` AS `t0`;

-- query 17
SELECT
  MIN(`t1`.`score`) AS `Min(score)`
FROM (
  SELECT
    *
  FROM `leads` AS `t0`
  WHERE
    `t0`.`mql_at` IS NOT NULL
    AND (
      `t0`.`score` IS NOT NULL AND NOT ISNAN(`t0`.`score`)
    )
) AS `t1`;
