-- 37 queries, compiled for pyspark

-- query 1
SELECT
  `t1`.`campaign_id`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`campaign_id` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 2
SELECT
  `t1`.`campaign_id`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `budgets` AS `t0`
  WHERE
    `t0`.`campaign_id` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 3
SELECT
  `t1`.`campaign_id`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `campaigns` AS `t0`
  WHERE
    `t0`.`campaign_id` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 4
SELECT
  `t1`.`campaign_id`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `leads` AS `t0`
  WHERE
    `t0`.`campaign_id` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 5
SELECT
  `t1`.`campaign_id`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `targets` AS `t0`
  WHERE
    `t0`.`campaign_id` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 6
SELECT
  `t1`.`campaign_id`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `touchpoints` AS `t0`
  WHERE
    `t0`.`campaign_id` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 7
SELECT
  `t1`.`channel`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`channel` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 8
SELECT
  `t1`.`channel`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `budgets` AS `t0`
  WHERE
    `t0`.`channel` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 9
SELECT
  `t1`.`channel`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `campaigns` AS `t0`
  WHERE
    `t0`.`channel` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 10
SELECT
  `t1`.`channel`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `leads` AS `t0`
  WHERE
    `t0`.`channel` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 11
SELECT
  `t1`.`channel`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `targets` AS `t0`
  WHERE
    `t0`.`channel` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 12
SELECT
  `t1`.`channel`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `touchpoints` AS `t0`
  WHERE
    `t0`.`channel` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 13
SELECT
  `t1`.`name`,
  COUNT(*) AS `rows`
FROM (
  SELECT
    *
  FROM `campaigns` AS `t0`
  WHERE
    `t0`.`name` IS NOT NULL
) AS `t1`
GROUP BY
  1;

-- query 14
SELECT
  *
FROM `ad_performance` AS `t0`
WHERE
  `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
  AND `t0`.`channel` = 'video'
  AND `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 14) AND MAKE_DATE(2026, 10, 16)
ORDER BY
  `t0`.`date` ASC NULLS LAST
LIMIT 5;

-- query 15
SELECT
  *
FROM `benchmarks`;

-- query 16
SELECT
  *
FROM `conversions` AS `t0`
WHERE
  `t0`.`ts` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
  AND `t0`.`ts` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
  AND `t0`.`conversion_id` IS NOT NULL
  AND `t0`.`conversion_id` IN ('CV1523', 'CV3785', 'CV7589', 'CV7608', 'CV8587')
ORDER BY
  `t0`.`conversion_id` ASC NULLS LAST,
  `t0`.`ts` ASC NULLS LAST
LIMIT 5;

-- query 17
SELECT
  *
FROM `targets`;

-- query 18
SELECT
  *
FROM (
  SELECT
    `t1`.`channel`,
    `t1`.`campaign_id`,
    `t1`.`date`,
    SUM(`t1`.`spend`) AS `spend`,
    SUM(`t1`.`impressions`) AS `impressions`,
    SUM(`t1`.`clicks`) AS `clicks`,
    COUNT(*) AS `rows`
  FROM (
    SELECT
      *
    FROM `ad_performance` AS `t0`
    WHERE
      `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
      AND `t0`.`campaign_id` IS NOT NULL
  ) AS `t1`
  GROUP BY
    1,
    2,
    3
) AS `t2`
ORDER BY
  `t2`.`channel` ASC NULLS LAST,
  `t2`.`campaign_id` ASC NULLS LAST,
  `t2`.`date` ASC NULLS LAST;

-- query 19
SELECT
  *
FROM (
  SELECT
    `t1`.`channel`,
    `t1`.`date`,
    SUM(`t1`.`clicks`) AS `clicks`,
    SUM(`t1`.`sessions`) AS `sessions`,
    SUM(`t1`.`spend`) AS `spend`
  FROM (
    SELECT
      *
    FROM `ad_performance` AS `t0`
    WHERE
      `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
      AND `t0`.`sessions` IS NOT NULL
  ) AS `t1`
  GROUP BY
    1,
    2
) AS `t2`
ORDER BY
  `t2`.`channel` ASC NULLS LAST,
  `t2`.`date` ASC NULLS LAST;

-- query 20
SELECT
  *
FROM (
  SELECT
    `t1`.`channel`,
    `t1`.`date`,
    SUM(`t1`.`spend`) AS `spend`,
    SUM(`t1`.`impressions`) AS `impressions`,
    SUM(`t1`.`clicks`) AS `clicks`,
    COUNT(*) AS `rows`
  FROM (
    SELECT
      *
    FROM `ad_performance` AS `t0`
    WHERE
      `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
  ) AS `t1`
  GROUP BY
    1,
    2
) AS `t2`
ORDER BY
  `t2`.`channel` ASC NULLS LAST,
  `t2`.`date` ASC NULLS LAST;

-- query 21
SELECT
  *
FROM (
  SELECT
    `t1`.`channel`,
    `t1`.`date`,
    SUM(`t1`.`spend`) AS `spend`,
    SUM(`t1`.`impressions`) AS `impressions`,
    SUM(`t1`.`clicks`) AS `clicks`,
    COUNT(*) AS `rows`
  FROM (
    SELECT
      *
    FROM `ad_performance` AS `t0`
    WHERE
      `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
  ) AS `t1`
  GROUP BY
    1,
    2
) AS `t2`
ORDER BY
  `t2`.`channel` ASC NULLS LAST,
  `t2`.`date` ASC NULLS LAST;

-- query 22
SELECT
  *
FROM (
  SELECT
    `t1`.`channel`,
    COUNT(*) AS `rows`,
    MIN(`t1`.`date`) AS `first`,
    MAX(`t1`.`date`) AS `last`,
    COUNT(DISTINCT `t1`.`date`) AS `days`
  FROM (
    SELECT
      *
    FROM `ad_performance` AS `t0`
    WHERE
      `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
      AND `t0`.`clicks` > `t0`.`impressions`
  ) AS `t1`
  GROUP BY
    1
) AS `t2`
ORDER BY
  `t2`.`channel` ASC NULLS LAST;

-- query 23
SELECT
  *
FROM (
  SELECT
    `t1`.`channel`,
    COUNT(*) AS `rows`,
    MIN(`t1`.`date`) AS `first`,
    MAX(`t1`.`date`) AS `last`,
    COUNT(DISTINCT `t1`.`date`) AS `days`
  FROM (
    SELECT
      *
    FROM `ad_performance` AS `t0`
    WHERE
      `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
      AND `t0`.`conversions` > `t0`.`clicks`
      AND NOT (
        (
          `t0`.`spend` > 0
        )
        AND (
          `t0`.`impressions` = 0
        )
        AND (
          `t0`.`clicks` = 0
        )
      )
  ) AS `t1`
  GROUP BY
    1
) AS `t2`
ORDER BY
  `t2`.`channel` ASC NULLS LAST;

-- query 24
SELECT
  *
FROM (
  SELECT
    `t1`.`channel`,
    COUNT(*) AS `rows`,
    SUM(`t1`.`spend`) AS `spend`,
    MIN(`t1`.`date`) AS `first`,
    MAX(`t1`.`date`) AS `last`
  FROM (
    SELECT
      *
    FROM `ad_performance` AS `t0`
    WHERE
      `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
      AND `t0`.`campaign_id` IS NULL
      AND `t0`.`spend` > 0
  ) AS `t1`
  GROUP BY
    1
) AS `t2`
ORDER BY
  `t2`.`channel` ASC NULLS LAST;

-- query 25
SELECT
  *
FROM (
  SELECT
    `t1`.`conversion_id`,
    COUNT(*) AS `n`,
    SUM(`t1`.`value`) - MAX(`t1`.`value`) AS `extra_value`,
    MIN(`t1`.`ts`) AS `first`,
    MAX(`t1`.`ts`) AS `last`
  FROM (
    SELECT
      *
    FROM `conversions` AS `t0`
    WHERE
      `t0`.`ts` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
      AND `t0`.`ts` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
      AND `t0`.`conversion_id` IS NOT NULL
  ) AS `t1`
  GROUP BY
    1
) AS `t2`
WHERE
  `t2`.`n` > 1
ORDER BY
  `t2`.`n` DESC,
  `t2`.`conversion_id` ASC NULLS LAST
LIMIT 5;

-- query 26
SELECT
  *
FROM (
  SELECT
    `t7`.`campaign_id`,
    `t7`.`start_date`,
    `t7`.`end_date`,
    COUNT(*) AS `rows`,
    MIN(`t7`.`event_day`) AS `first`,
    MAX(`t7`.`event_day`) AS `last`,
    COALESCE(SUM(IF(`t7`.`event_day` < `t7`.`start_date`, 1, 0)), 0) AS `before`
  FROM (
    SELECT
      *
    FROM (
      SELECT
        `t5`.`date`,
        `t5`.`channel`,
        `t5`.`spend`,
        `t5`.`impressions`,
        `t5`.`clicks`,
        `t5`.`conversions`,
        `t5`.`campaign_id`,
        `t5`.`platform`,
        `t5`.`audience`,
        `t5`.`geo`,
        `t5`.`device`,
        `t5`.`creative`,
        `t5`.`reach`,
        `t5`.`sessions`,
        `t5`.`engaged_sessions`,
        `t5`.`conversion_value`,
        `t5`.`deliveries`,
        `t5`.`opens`,
        `t5`.`unsubscribes`,
        `t5`.`video_views`,
        `t5`.`engagements`,
        `t5`.`event_day`,
        `t3`.`campaign_id_ref`,
        `t3`.`start_date`,
        `t3`.`end_date`
      FROM (
        SELECT
          `t0`.`date`,
          `t0`.`channel`,
          `t0`.`spend`,
          `t0`.`impressions`,
          `t0`.`clicks`,
          `t0`.`conversions`,
          `t0`.`campaign_id`,
          `t0`.`platform`,
          `t0`.`audience`,
          `t0`.`geo`,
          `t0`.`device`,
          `t0`.`creative`,
          `t0`.`reach`,
          `t0`.`sessions`,
          `t0`.`engaged_sessions`,
          `t0`.`conversion_value`,
          `t0`.`deliveries`,
          `t0`.`opens`,
          `t0`.`unsubscribes`,
          `t0`.`video_views`,
          `t0`.`engagements`,
          `t0`.`date` AS `event_day`
        FROM `ad_performance` AS `t0`
        WHERE
          `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
          AND `t0`.`campaign_id` IS NOT NULL
          AND (
            (
              `t0`.`spend` > 0
            ) OR (
              `t0`.`impressions` > 0
            )
          )
      ) AS `t5`
      INNER JOIN (
        SELECT
          `t1`.`campaign_id` AS `campaign_id_ref`,
          `t1`.`start_date`,
          `t1`.`end_date`
        FROM `campaigns` AS `t1`
      ) AS `t3`
        ON `t5`.`campaign_id` = `t3`.`campaign_id_ref`
    ) AS `t6`
    WHERE
      (
        `t6`.`event_day` < `t6`.`start_date`
      )
      OR (
        `t6`.`event_day` > (
          `t6`.`end_date` + INTERVAL '0' DAY
        )
      )
  ) AS `t7`
  GROUP BY
    1,
    2,
    3
) AS `t8`
ORDER BY
  `t8`.`campaign_id` ASC NULLS LAST;

-- query 27
SELECT
  *
FROM (
  SELECT
    `t7`.`campaign_id`,
    `t7`.`start_date`,
    `t7`.`end_date`,
    COUNT(*) AS `rows`,
    MIN(`t7`.`event_day`) AS `first`,
    MAX(`t7`.`event_day`) AS `last`,
    COALESCE(SUM(IF(`t7`.`event_day` < `t7`.`start_date`, 1, 0)), 0) AS `before`
  FROM (
    SELECT
      *
    FROM (
      SELECT
        `t5`.`lead_id`,
        `t5`.`created_at`,
        `t5`.`channel`,
        `t5`.`campaign_id`,
        `t5`.`score`,
        `t5`.`mql_at`,
        `t5`.`sql_at`,
        `t5`.`opportunity_at`,
        `t5`.`won_at`,
        `t5`.`lost_at`,
        `t5`.`amount`,
        `t5`.`disqualified_reason`,
        `t5`.`company_size`,
        `t5`.`industry`,
        `t5`.`country`,
        `t5`.`lead_type`,
        `t5`.`event_day`,
        `t4`.`campaign_id_ref`,
        `t4`.`start_date`,
        `t4`.`end_date`
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
          CAST(`t0`.`created_at` AS DATE) AS `event_day`
        FROM `leads` AS `t0`
        WHERE
          `t0`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
          AND `t0`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
          AND `t0`.`campaign_id` IS NOT NULL
      ) AS `t5`
      INNER JOIN (
        SELECT
          `t1`.`campaign_id` AS `campaign_id_ref`,
          `t1`.`start_date`,
          `t1`.`end_date`
        FROM `campaigns` AS `t1`
      ) AS `t4`
        ON `t5`.`campaign_id` = `t4`.`campaign_id_ref`
    ) AS `t6`
    WHERE
      (
        `t6`.`event_day` < `t6`.`start_date`
      )
      OR (
        `t6`.`event_day` > (
          `t6`.`end_date` + INTERVAL '30' DAY
        )
      )
  ) AS `t7`
  GROUP BY
    1,
    2,
    3
) AS `t8`
ORDER BY
  `t8`.`campaign_id` ASC NULLS LAST;

-- query 28
SELECT
  *
FROM (
  SELECT
    `t7`.`campaign_id`,
    `t7`.`start_date`,
    `t7`.`end_date`,
    COUNT(*) AS `rows`,
    MIN(`t7`.`event_day`) AS `first`,
    MAX(`t7`.`event_day`) AS `last`,
    COALESCE(SUM(IF(`t7`.`event_day` < `t7`.`start_date`, 1, 0)), 0) AS `before`
  FROM (
    SELECT
      *
    FROM (
      SELECT
        `t5`.`user_id`,
        `t5`.`ts`,
        `t5`.`channel`,
        `t5`.`campaign_id`,
        `t5`.`interaction`,
        `t5`.`content_id`,
        `t5`.`event_day`,
        `t4`.`campaign_id_ref`,
        `t4`.`start_date`,
        `t4`.`end_date`
      FROM (
        SELECT
          `t0`.`user_id`,
          `t0`.`ts`,
          `t0`.`channel`,
          `t0`.`campaign_id`,
          `t0`.`interaction`,
          `t0`.`content_id`,
          CAST(`t0`.`ts` AS DATE) AS `event_day`
        FROM `touchpoints` AS `t0`
        WHERE
          `t0`.`ts` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
          AND `t0`.`ts` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
          AND `t0`.`campaign_id` IS NOT NULL
      ) AS `t5`
      INNER JOIN (
        SELECT
          `t1`.`campaign_id` AS `campaign_id_ref`,
          `t1`.`start_date`,
          `t1`.`end_date`
        FROM `campaigns` AS `t1`
      ) AS `t4`
        ON `t5`.`campaign_id` = `t4`.`campaign_id_ref`
    ) AS `t6`
    WHERE
      (
        `t6`.`event_day` < `t6`.`start_date`
      )
      OR (
        `t6`.`event_day` > (
          `t6`.`end_date` + INTERVAL '0' DAY
        )
      )
  ) AS `t7`
  GROUP BY
    1,
    2,
    3
) AS `t8`
ORDER BY
  `t8`.`campaign_id` ASC NULLS LAST;

-- query 29
SELECT
  COUNT(*) AS `CountStar()`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
    AND `t0`.`campaign_id` IS NOT NULL
) AS `t1`;

-- query 30
SELECT
  COUNT(*) AS `ids`,
  SUM(`t3`.`n`) AS `rows`,
  SUM(`t3`.`extra_value`) AS `extra_value`,
  MIN(`t3`.`first`) AS `first`,
  MAX(`t3`.`last`) AS `last`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t1`.`conversion_id`,
      COUNT(*) AS `n`,
      SUM(`t1`.`value`) - MAX(`t1`.`value`) AS `extra_value`,
      MIN(`t1`.`ts`) AS `first`,
      MAX(`t1`.`ts`) AS `last`
    FROM (
      SELECT
        *
      FROM `conversions` AS `t0`
      WHERE
        `t0`.`ts` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
        AND `t0`.`ts` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
        AND `t0`.`conversion_id` IS NOT NULL
    ) AS `t1`
    GROUP BY
      1
  ) AS `t2`
  WHERE
    `t2`.`n` > 1
) AS `t3`;

-- query 31
SELECT
  COUNT(*) AS `ids`,
  SUM(`t7`.`rows`) AS `rows`
FROM (
  SELECT
    `t6`.`campaign_id`,
    COUNT(*) AS `rows`
  FROM (
    SELECT
      `t5`.`lead_id`,
      `t5`.`created_at`,
      `t5`.`channel`,
      `t5`.`campaign_id`,
      `t5`.`score`,
      `t5`.`mql_at`,
      `t5`.`sql_at`,
      `t5`.`opportunity_at`,
      `t5`.`won_at`,
      `t5`.`lost_at`,
      `t5`.`amount`,
      `t5`.`disqualified_reason`,
      `t5`.`company_size`,
      `t5`.`industry`,
      `t5`.`country`,
      `t5`.`lead_type`
    FROM (
      SELECT
        *
      FROM `leads` AS `t0`
      WHERE
        `t0`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
        AND `t0`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
        AND `t0`.`campaign_id` IS NOT NULL
    ) AS `t5`
    LEFT ANTI JOIN (
      SELECT DISTINCT
        `t1`.`campaign_id` AS `campaign_id_ref`
      FROM `campaigns` AS `t1`
    ) AS `t4`
      ON `t5`.`campaign_id` = `t4`.`campaign_id_ref`
  ) AS `t6`
  GROUP BY
    1
) AS `t7`;

-- query 32
SELECT
  COUNT(*) AS `ids`,
  SUM(`t7`.`rows`) AS `rows`
FROM (
  SELECT
    `t6`.`campaign_id`,
    COUNT(*) AS `rows`
  FROM (
    SELECT
      `t5`.`metric`,
      `t5`.`target`,
      `t5`.`campaign_id`,
      `t5`.`channel`,
      `t5`.`month`,
      `t5`.`direction`
    FROM (
      SELECT
        *
      FROM `targets` AS `t0`
      WHERE
        `t0`.`month` = '2026-10' AND `t0`.`campaign_id` IS NOT NULL
    ) AS `t5`
    LEFT ANTI JOIN (
      SELECT DISTINCT
        `t1`.`campaign_id` AS `campaign_id_ref`
      FROM `campaigns` AS `t1`
    ) AS `t4`
      ON `t5`.`campaign_id` = `t4`.`campaign_id_ref`
  ) AS `t6`
  GROUP BY
    1
) AS `t7`;

-- query 33
SELECT
  COUNT(*) AS `ids`,
  SUM(`t7`.`rows`) AS `rows`
FROM (
  SELECT
    `t6`.`campaign_id`,
    COUNT(*) AS `rows`
  FROM (
    SELECT
      `t5`.`month`,
      `t5`.`planned_spend`,
      `t5`.`channel`,
      `t5`.`campaign_id`
    FROM (
      SELECT
        *
      FROM `budgets` AS `t0`
      WHERE
        `t0`.`month` = '2026-10' AND `t0`.`campaign_id` IS NOT NULL
    ) AS `t5`
    LEFT ANTI JOIN (
      SELECT DISTINCT
        `t1`.`campaign_id` AS `campaign_id_ref`
      FROM `campaigns` AS `t1`
    ) AS `t4`
      ON `t5`.`campaign_id` = `t4`.`campaign_id_ref`
  ) AS `t6`
  GROUP BY
    1
) AS `t7`;

-- query 34
SELECT
  COUNT(*) AS `ids`,
  SUM(`t7`.`rows`) AS `rows`
FROM (
  SELECT
    `t6`.`campaign_id`,
    COUNT(*) AS `rows`
  FROM (
    SELECT
      `t5`.`user_id`,
      `t5`.`ts`,
      `t5`.`channel`,
      `t5`.`campaign_id`,
      `t5`.`interaction`,
      `t5`.`content_id`
    FROM (
      SELECT
        *
      FROM `touchpoints` AS `t0`
      WHERE
        `t0`.`ts` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
        AND `t0`.`ts` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
        AND `t0`.`campaign_id` IS NOT NULL
    ) AS `t5`
    LEFT ANTI JOIN (
      SELECT DISTINCT
        `t1`.`campaign_id` AS `campaign_id_ref`
      FROM `campaigns` AS `t1`
    ) AS `t4`
      ON `t5`.`campaign_id` = `t4`.`campaign_id_ref`
  ) AS `t6`
  GROUP BY
    1
) AS `t7`;

-- query 35
SELECT
  COUNT(*) AS `ids`,
  SUM(`t7`.`rows`) AS `rows`,
  SUM(`t7`.`spend`) AS `spend`
FROM (
  SELECT
    `t6`.`campaign_id`,
    COUNT(*) AS `rows`,
    SUM(`t6`.`spend`) AS `spend`
  FROM (
    SELECT
      `t5`.`date`,
      `t5`.`channel`,
      `t5`.`spend`,
      `t5`.`impressions`,
      `t5`.`clicks`,
      `t5`.`conversions`,
      `t5`.`campaign_id`,
      `t5`.`platform`,
      `t5`.`audience`,
      `t5`.`geo`,
      `t5`.`device`,
      `t5`.`creative`,
      `t5`.`reach`,
      `t5`.`sessions`,
      `t5`.`engaged_sessions`,
      `t5`.`conversion_value`,
      `t5`.`deliveries`,
      `t5`.`opens`,
      `t5`.`unsubscribes`,
      `t5`.`video_views`,
      `t5`.`engagements`
    FROM (
      SELECT
        *
      FROM `ad_performance` AS `t0`
      WHERE
        `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
        AND `t0`.`campaign_id` IS NOT NULL
    ) AS `t5`
    LEFT ANTI JOIN (
      SELECT DISTINCT
        `t1`.`campaign_id` AS `campaign_id_ref`
      FROM `campaigns` AS `t1`
    ) AS `t4`
      ON `t5`.`campaign_id` = `t4`.`campaign_id_ref`
  ) AS `t6`
  GROUP BY
    1
) AS `t7`;

-- query 36
SELECT DISTINCT
  `t0`.`channel`,
  `t0`.`date`
FROM `ad_performance` AS `t0`
WHERE
  `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
  AND `t0`.`clicks` > `t0`.`impressions`;

-- query 37
SELECT DISTINCT
  `t0`.`channel`,
  `t0`.`date`
FROM `ad_performance` AS `t0`
WHERE
  `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
  AND `t0`.`conversions` > `t0`.`clicks`
  AND NOT (
    (
      `t0`.`spend` > 0
    )
    AND (
      `t0`.`impressions` = 0
    )
    AND (
      `t0`.`clicks` = 0
    )
  );
