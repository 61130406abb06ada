-- 12 queries, compiled for pyspark

-- query 1
SELECT
  `t1`.`day`,
  COUNT(*) AS `n`
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
    `t0`.`date` AS `day`
  FROM `ad_performance` AS `t0`
) AS `t1`
GROUP BY
  1;

-- query 2
SELECT
  `t10`.`campaign_id`,
  `t10`.`_delivered`,
  `t10`.`spend`,
  `t10`.`impressions`,
  `t10`.`clicks`,
  `t10`.`conversions`,
  `t10`.`revenue`,
  `t10`.`leads`,
  `t10`.`customers`,
  `t10`.`won_amount`,
  `t10`.`revenue` / NULLIF(`t10`.`spend`, 0.0) AS `roas`,
  `t10`.`spend` / NULLIF(`t10`.`conversions`, 0.0) AS `cpa`,
  (
    `t10`.`spend` / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0)
  ) * 1000.0 AS `cpm`,
  `t10`.`spend` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cpc`,
  CAST(`t10`.`clicks` AS DOUBLE) / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0) AS `ctr`,
  `t10`.`conversions` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cvr`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`leads` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cpl`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`customers` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cac`,
  (
    `t10`.`revenue` - `t10`.`spend`
  ) / NULLIF(`t10`.`spend`, 0.0) AS `roi`
FROM (
  SELECT
    COALESCE(`t6`.`campaign_id`, `t9`.`campaign_id__r`) AS `campaign_id`,
    `t6`.`campaign_id` IS NOT NULL AS `_delivered`,
    IF(`t6`.`campaign_id` IS NOT NULL, `t6`.`spend`, 0.0) AS `spend`,
    IF(`t6`.`campaign_id` IS NOT NULL, `t6`.`impressions`, 0) AS `impressions`,
    IF(`t6`.`campaign_id` IS NOT NULL, `t6`.`clicks`, 0) AS `clicks`,
    IF(`t6`.`campaign_id` IS NOT NULL, `t6`.`conversions`, 0) AS `conversions`,
    COALESCE(`t6`.`revenue`, 0.0) AS `revenue`,
    COALESCE(`t9`.`leads`, 0) AS `leads`,
    COALESCE(`t9`.`customers`, 0) AS `customers`,
    COALESCE(`t9`.`won_amount`, 0.0) AS `won_amount`
  FROM (
    SELECT
      COALESCE(`t4`.`campaign_id`, '__debrief_no_key__') AS `campaign_id`,
      `t4`.`spend`,
      `t4`.`impressions`,
      `t4`.`clicks`,
      `t4`.`conversions`,
      `t4`.`revenue`
    FROM (
      SELECT
        `t2`.`campaign_id`,
        SUM(`t2`.`spend`) AS `spend`,
        CAST(ROUND(SUM(`t2`.`impressions`), 0) AS BIGINT) AS `impressions`,
        CAST(ROUND(SUM(`t2`.`clicks`), 0) AS BIGINT) AS `clicks`,
        SUM(`t2`.`conversions`) AS `conversions`,
        SUM(`t2`.`conversion_value`) AS `revenue`
      FROM (
        SELECT
          *
        FROM `ad_performance` AS `t0`
        WHERE
          `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
      ) AS `t2`
      GROUP BY
        1
    ) AS `t4`
  ) AS `t6`
  FULL OUTER JOIN (
    SELECT
      COALESCE(`t7`.`campaign_id`, '__debrief_no_key__') AS `campaign_id__r`,
      `t7`.`leads`,
      `t7`.`customers`,
      `t7`.`won_amount`
    FROM (
      SELECT
        `t3`.`campaign_id`,
        SUM(
          IF(
            (
              `t3`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND TRUE,
            1,
            0
          )
        ) AS `leads`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            1,
            0
          )
        ) AS `customers`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            COALESCE(`t3`.`amount`, 0.0),
            0.0
          )
        ) AS `won_amount`
      FROM (
        SELECT
          *
        FROM `leads` AS `t1`
        WHERE
          (
            (
              `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
          )
          OR (
            (
              `t1`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t1`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t1`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            )
          )
      ) AS `t3`
      GROUP BY
        1
    ) AS `t7`
  ) AS `t9`
    ON `t6`.`campaign_id` = `t9`.`campaign_id__r`
) AS `t10`
ORDER BY
  `t10`.`campaign_id` ASC NULLS LAST;

-- query 3
SELECT
  `t10`.`campaign_id`,
  `t10`.`channel`,
  `t10`.`_delivered`,
  `t10`.`spend`,
  `t10`.`impressions`,
  `t10`.`clicks`,
  `t10`.`conversions`,
  `t10`.`revenue`,
  `t10`.`leads`,
  `t10`.`customers`,
  `t10`.`won_amount`,
  `t10`.`revenue` / NULLIF(`t10`.`spend`, 0.0) AS `roas`,
  `t10`.`spend` / NULLIF(`t10`.`conversions`, 0.0) AS `cpa`,
  (
    `t10`.`spend` / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0)
  ) * 1000.0 AS `cpm`,
  `t10`.`spend` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cpc`,
  CAST(`t10`.`clicks` AS DOUBLE) / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0) AS `ctr`,
  `t10`.`conversions` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cvr`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`leads` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cpl`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`customers` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cac`,
  (
    `t10`.`revenue` - `t10`.`spend`
  ) / NULLIF(`t10`.`spend`, 0.0) AS `roi`
FROM (
  SELECT
    COALESCE(`t6`.`campaign_id`, `t9`.`campaign_id__r`) AS `campaign_id`,
    COALESCE(`t6`.`channel`, `t9`.`channel__r`) AS `channel`,
    `t6`.`campaign_id` IS NOT NULL AS `_delivered`,
    IF(`t6`.`campaign_id` IS NOT NULL, `t6`.`spend`, 0.0) AS `spend`,
    IF(`t6`.`campaign_id` IS NOT NULL, `t6`.`impressions`, 0) AS `impressions`,
    IF(`t6`.`campaign_id` IS NOT NULL, `t6`.`clicks`, 0) AS `clicks`,
    IF(`t6`.`campaign_id` IS NOT NULL, `t6`.`conversions`, 0) AS `conversions`,
    COALESCE(`t6`.`revenue`, 0.0) AS `revenue`,
    COALESCE(`t9`.`leads`, 0) AS `leads`,
    COALESCE(`t9`.`customers`, 0) AS `customers`,
    COALESCE(`t9`.`won_amount`, 0.0) AS `won_amount`
  FROM (
    SELECT
      COALESCE(`t4`.`campaign_id`, '__debrief_no_key__') AS `campaign_id`,
      COALESCE(`t4`.`channel`, '__debrief_no_key__') AS `channel`,
      `t4`.`spend`,
      `t4`.`impressions`,
      `t4`.`clicks`,
      `t4`.`conversions`,
      `t4`.`revenue`
    FROM (
      SELECT
        `t2`.`campaign_id`,
        `t2`.`channel`,
        SUM(`t2`.`spend`) AS `spend`,
        CAST(ROUND(SUM(`t2`.`impressions`), 0) AS BIGINT) AS `impressions`,
        CAST(ROUND(SUM(`t2`.`clicks`), 0) AS BIGINT) AS `clicks`,
        SUM(`t2`.`conversions`) AS `conversions`,
        SUM(`t2`.`conversion_value`) AS `revenue`
      FROM (
        SELECT
          *
        FROM `ad_performance` AS `t0`
        WHERE
          `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
      ) AS `t2`
      GROUP BY
        1,
        2
    ) AS `t4`
  ) AS `t6`
  FULL OUTER JOIN (
    SELECT
      COALESCE(`t7`.`campaign_id`, '__debrief_no_key__') AS `campaign_id__r`,
      COALESCE(`t7`.`channel`, '__debrief_no_key__') AS `channel__r`,
      `t7`.`leads`,
      `t7`.`customers`,
      `t7`.`won_amount`
    FROM (
      SELECT
        `t3`.`campaign_id`,
        `t3`.`channel`,
        SUM(
          IF(
            (
              `t3`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND TRUE,
            1,
            0
          )
        ) AS `leads`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            1,
            0
          )
        ) AS `customers`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            COALESCE(`t3`.`amount`, 0.0),
            0.0
          )
        ) AS `won_amount`
      FROM (
        SELECT
          *
        FROM `leads` AS `t1`
        WHERE
          (
            (
              `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
          )
          OR (
            (
              `t1`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t1`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t1`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            )
          )
      ) AS `t3`
      GROUP BY
        1,
        2
    ) AS `t7`
  ) AS `t9`
    ON `t6`.`campaign_id` = `t9`.`campaign_id__r` AND `t6`.`channel` = `t9`.`channel__r`
) AS `t10`
ORDER BY
  `t10`.`campaign_id` ASC NULLS LAST,
  `t10`.`channel` ASC NULLS LAST;

-- query 4
SELECT
  `t10`.`channel`,
  `t10`.`_delivered`,
  `t10`.`spend`,
  `t10`.`impressions`,
  `t10`.`clicks`,
  `t10`.`conversions`,
  `t10`.`revenue`,
  `t10`.`leads`,
  `t10`.`customers`,
  `t10`.`won_amount`,
  `t10`.`revenue` / NULLIF(`t10`.`spend`, 0.0) AS `roas`,
  `t10`.`spend` / NULLIF(`t10`.`conversions`, 0.0) AS `cpa`,
  (
    `t10`.`spend` / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0)
  ) * 1000.0 AS `cpm`,
  `t10`.`spend` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cpc`,
  CAST(`t10`.`clicks` AS DOUBLE) / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0) AS `ctr`,
  `t10`.`conversions` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cvr`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`leads` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cpl`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`customers` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cac`,
  (
    `t10`.`revenue` - `t10`.`spend`
  ) / NULLIF(`t10`.`spend`, 0.0) AS `roi`
FROM (
  SELECT
    COALESCE(`t6`.`channel`, `t9`.`channel__r`) AS `channel`,
    `t6`.`channel` IS NOT NULL AS `_delivered`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`spend`, 0.0) AS `spend`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`impressions`, 0) AS `impressions`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`clicks`, 0) AS `clicks`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`conversions`, 0) AS `conversions`,
    COALESCE(`t6`.`revenue`, 0.0) AS `revenue`,
    COALESCE(`t9`.`leads`, 0) AS `leads`,
    COALESCE(`t9`.`customers`, 0) AS `customers`,
    COALESCE(`t9`.`won_amount`, 0.0) AS `won_amount`
  FROM (
    SELECT
      COALESCE(`t4`.`channel`, '__debrief_no_key__') AS `channel`,
      `t4`.`spend`,
      `t4`.`impressions`,
      `t4`.`clicks`,
      `t4`.`conversions`,
      `t4`.`revenue`
    FROM (
      SELECT
        `t2`.`channel`,
        SUM(`t2`.`spend`) AS `spend`,
        CAST(ROUND(SUM(`t2`.`impressions`), 0) AS BIGINT) AS `impressions`,
        CAST(ROUND(SUM(`t2`.`clicks`), 0) AS BIGINT) AS `clicks`,
        SUM(`t2`.`conversions`) AS `conversions`,
        SUM(`t2`.`conversion_value`) AS `revenue`
      FROM (
        SELECT
          *
        FROM `ad_performance` AS `t0`
        WHERE
          `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
      ) AS `t2`
      GROUP BY
        1
    ) AS `t4`
  ) AS `t6`
  FULL OUTER JOIN (
    SELECT
      COALESCE(`t7`.`channel`, '__debrief_no_key__') AS `channel__r`,
      `t7`.`leads`,
      `t7`.`customers`,
      `t7`.`won_amount`
    FROM (
      SELECT
        `t3`.`channel`,
        SUM(
          IF(
            (
              `t3`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND TRUE,
            1,
            0
          )
        ) AS `leads`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            1,
            0
          )
        ) AS `customers`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            COALESCE(`t3`.`amount`, 0.0),
            0.0
          )
        ) AS `won_amount`
      FROM (
        SELECT
          *
        FROM `leads` AS `t1`
        WHERE
          (
            (
              `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
          )
          OR (
            (
              `t1`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t1`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t1`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
              )
            )
          )
      ) AS `t3`
      GROUP BY
        1
    ) AS `t7`
  ) AS `t9`
    ON `t6`.`channel` = `t9`.`channel__r`
) AS `t10`
ORDER BY
  `t10`.`channel` ASC NULLS LAST;

-- query 5
SELECT
  `t10`.`channel`,
  `t10`.`_delivered`,
  `t10`.`spend`,
  `t10`.`impressions`,
  `t10`.`clicks`,
  `t10`.`conversions`,
  `t10`.`revenue`,
  `t10`.`leads`,
  `t10`.`customers`,
  `t10`.`won_amount`,
  `t10`.`revenue` / NULLIF(`t10`.`spend`, 0.0) AS `roas`,
  `t10`.`spend` / NULLIF(`t10`.`conversions`, 0.0) AS `cpa`,
  (
    `t10`.`spend` / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0)
  ) * 1000.0 AS `cpm`,
  `t10`.`spend` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cpc`,
  CAST(`t10`.`clicks` AS DOUBLE) / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0) AS `ctr`,
  `t10`.`conversions` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cvr`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`leads` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cpl`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`customers` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cac`,
  (
    `t10`.`revenue` - `t10`.`spend`
  ) / NULLIF(`t10`.`spend`, 0.0) AS `roi`
FROM (
  SELECT
    COALESCE(`t6`.`channel`, `t9`.`channel__r`) AS `channel`,
    `t6`.`channel` IS NOT NULL AS `_delivered`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`spend`, 0.0) AS `spend`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`impressions`, 0) AS `impressions`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`clicks`, 0) AS `clicks`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`conversions`, 0) AS `conversions`,
    COALESCE(`t6`.`revenue`, 0.0) AS `revenue`,
    COALESCE(`t9`.`leads`, 0) AS `leads`,
    COALESCE(`t9`.`customers`, 0) AS `customers`,
    COALESCE(`t9`.`won_amount`, 0.0) AS `won_amount`
  FROM (
    SELECT
      COALESCE(`t4`.`channel`, '__debrief_no_key__') AS `channel`,
      `t4`.`spend`,
      `t4`.`impressions`,
      `t4`.`clicks`,
      `t4`.`conversions`,
      `t4`.`revenue`
    FROM (
      SELECT
        `t2`.`channel`,
        SUM(`t2`.`spend`) AS `spend`,
        CAST(ROUND(SUM(`t2`.`impressions`), 0) AS BIGINT) AS `impressions`,
        CAST(ROUND(SUM(`t2`.`clicks`), 0) AS BIGINT) AS `clicks`,
        SUM(`t2`.`conversions`) AS `conversions`,
        SUM(`t2`.`conversion_value`) AS `revenue`
      FROM (
        SELECT
          *
        FROM `ad_performance` AS `t0`
        WHERE
          `t0`.`date` BETWEEN MAKE_DATE(2026, 7, 1) AND MAKE_DATE(2026, 9, 30)
      ) AS `t2`
      GROUP BY
        1
    ) AS `t4`
  ) AS `t6`
  FULL OUTER JOIN (
    SELECT
      COALESCE(`t7`.`channel`, '__debrief_no_key__') AS `channel__r`,
      `t7`.`leads`,
      `t7`.`customers`,
      `t7`.`won_amount`
    FROM (
      SELECT
        `t3`.`channel`,
        SUM(
          IF(
            (
              `t3`.`created_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND TRUE,
            1,
            0
          )
        ) AS `leads`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            1,
            0
          )
        ) AS `customers`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            COALESCE(`t3`.`amount`, 0.0),
            0.0
          )
        ) AS `won_amount`
      FROM (
        SELECT
          *
        FROM `leads` AS `t1`
        WHERE
          (
            (
              `t1`.`created_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
          )
          OR (
            (
              `t1`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t1`.`won_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t1`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
            )
          )
      ) AS `t3`
      GROUP BY
        1
    ) AS `t7`
  ) AS `t9`
    ON `t6`.`channel` = `t9`.`channel__r`
) AS `t10`
ORDER BY
  `t10`.`channel` ASC NULLS LAST;

-- query 6
SELECT
  `t10`.`channel`,
  `t10`.`_delivered`,
  `t10`.`spend`,
  `t10`.`impressions`,
  `t10`.`clicks`,
  `t10`.`conversions`,
  `t10`.`revenue`,
  `t10`.`leads`,
  `t10`.`customers`,
  `t10`.`won_amount`,
  `t10`.`revenue` / NULLIF(`t10`.`spend`, 0.0) AS `roas`,
  `t10`.`spend` / NULLIF(`t10`.`conversions`, 0.0) AS `cpa`,
  (
    `t10`.`spend` / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0)
  ) * 1000.0 AS `cpm`,
  `t10`.`spend` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cpc`,
  CAST(`t10`.`clicks` AS DOUBLE) / NULLIF(CAST(`t10`.`impressions` AS DOUBLE), 0.0) AS `ctr`,
  `t10`.`conversions` / NULLIF(CAST(`t10`.`clicks` AS DOUBLE), 0.0) AS `cvr`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`leads` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cpl`,
  IF(
    `t10`.`_delivered`,
    `t10`.`spend` / NULLIF(CAST(`t10`.`customers` AS DOUBLE), 0.0),
    CAST(NULL AS DOUBLE)
  ) AS `cac`,
  (
    `t10`.`revenue` - `t10`.`spend`
  ) / NULLIF(`t10`.`spend`, 0.0) AS `roi`
FROM (
  SELECT
    COALESCE(`t6`.`channel`, `t9`.`channel__r`) AS `channel`,
    `t6`.`channel` IS NOT NULL AS `_delivered`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`spend`, 0.0) AS `spend`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`impressions`, 0) AS `impressions`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`clicks`, 0) AS `clicks`,
    IF(`t6`.`channel` IS NOT NULL, `t6`.`conversions`, 0) AS `conversions`,
    COALESCE(`t6`.`revenue`, 0.0) AS `revenue`,
    COALESCE(`t9`.`leads`, 0) AS `leads`,
    COALESCE(`t9`.`customers`, 0) AS `customers`,
    COALESCE(`t9`.`won_amount`, 0.0) AS `won_amount`
  FROM (
    SELECT
      COALESCE(`t4`.`channel`, '__debrief_no_key__') AS `channel`,
      `t4`.`spend`,
      `t4`.`impressions`,
      `t4`.`clicks`,
      `t4`.`conversions`,
      `t4`.`revenue`
    FROM (
      SELECT
        `t2`.`channel`,
        SUM(`t2`.`spend`) AS `spend`,
        CAST(ROUND(SUM(`t2`.`impressions`), 0) AS BIGINT) AS `impressions`,
        CAST(ROUND(SUM(`t2`.`clicks`), 0) AS BIGINT) AS `clicks`,
        SUM(`t2`.`conversions`) AS `conversions`,
        SUM(`t2`.`conversion_value`) AS `revenue`
      FROM (
        SELECT
          *
        FROM `ad_performance` AS `t0`
        WHERE
          `t0`.`date` BETWEEN MAKE_DATE(2026, 9, 1) AND MAKE_DATE(2026, 9, 30)
      ) AS `t2`
      GROUP BY
        1
    ) AS `t4`
  ) AS `t6`
  FULL OUTER JOIN (
    SELECT
      COALESCE(`t7`.`channel`, '__debrief_no_key__') AS `channel__r`,
      `t7`.`leads`,
      `t7`.`customers`,
      `t7`.`won_amount`
    FROM (
      SELECT
        `t3`.`channel`,
        SUM(
          IF(
            (
              `t3`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND TRUE,
            1,
            0
          )
        ) AS `leads`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            1,
            0
          )
        ) AS `customers`,
        SUM(
          IF(
            (
              `t3`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t3`.`won_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t3`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
            ),
            COALESCE(`t3`.`amount`, 0.0),
            0.0
          )
        ) AS `won_amount`
      FROM (
        SELECT
          *
        FROM `leads` AS `t1`
        WHERE
          (
            (
              `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
          )
          OR (
            (
              `t1`.`won_at` IS NOT NULL
            )
            AND (
              (
                `t1`.`won_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
              )
              AND (
                `t1`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
              )
            )
          )
      ) AS `t3`
      GROUP BY
        1
    ) AS `t7`
  ) AS `t9`
    ON `t6`.`channel` = `t9`.`channel__r`
) AS `t10`
ORDER BY
  `t10`.`channel` ASC NULLS LAST;

-- query 7
SELECT
  `t8`.`spend`,
  `t8`.`impressions`,
  `t8`.`clicks`,
  `t8`.`conversions`,
  `t8`.`revenue`,
  `t8`.`leads`,
  `t8`.`customers`,
  `t8`.`won_amount`,
  `t8`.`revenue` / NULLIF(`t8`.`spend`, 0.0) AS `roas`,
  `t8`.`spend` / NULLIF(`t8`.`conversions`, 0.0) AS `cpa`,
  (
    `t8`.`spend` / NULLIF(CAST(`t8`.`impressions` AS DOUBLE), 0.0)
  ) * 1000.0 AS `cpm`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`clicks` AS DOUBLE), 0.0) AS `cpc`,
  CAST(`t8`.`clicks` AS DOUBLE) / NULLIF(CAST(`t8`.`impressions` AS DOUBLE), 0.0) AS `ctr`,
  `t8`.`conversions` / NULLIF(CAST(`t8`.`clicks` AS DOUBLE), 0.0) AS `cvr`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`leads` AS DOUBLE), 0.0) AS `cpl`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`customers` AS DOUBLE), 0.0) AS `cac`,
  (
    `t8`.`revenue` - `t8`.`spend`
  ) / NULLIF(`t8`.`spend`, 0.0) AS `roi`
FROM (
  SELECT
    `t5`.`spend`,
    `t5`.`impressions`,
    `t5`.`clicks`,
    `t5`.`conversions`,
    `t5`.`revenue`,
    `t7`.`leads`,
    `t7`.`customers`,
    `t7`.`won_amount`
  FROM (
    SELECT
      SUM(`t2`.`spend`) AS `spend`,
      CAST(ROUND(SUM(`t2`.`impressions`), 0) AS BIGINT) AS `impressions`,
      CAST(ROUND(SUM(`t2`.`clicks`), 0) AS BIGINT) AS `clicks`,
      SUM(`t2`.`conversions`) AS `conversions`,
      SUM(`t2`.`conversion_value`) AS `revenue`
    FROM (
      SELECT
        *
      FROM `ad_performance` AS `t0`
      WHERE
        `t0`.`date` BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
    ) AS `t2`
  ) AS `t5`
  CROSS JOIN (
    SELECT
      SUM(
        IF(
          (
            `t3`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND (
            `t3`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND TRUE,
          1,
          0
        )
      ) AS `leads`,
      SUM(
        IF(
          (
            `t3`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t3`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
          ),
          1,
          0
        )
      ) AS `customers`,
      SUM(
        IF(
          (
            `t3`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t3`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
          ),
          COALESCE(`t3`.`amount`, 0.0),
          0.0
        )
      ) AS `won_amount`
    FROM (
      SELECT
        *
      FROM `leads` AS `t1`
      WHERE
        (
          (
            `t1`.`created_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND (
            `t1`.`created_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
          )
        )
        OR (
          (
            `t1`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t1`.`won_at` >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t1`.`won_at` < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMP)
            )
          )
        )
    ) AS `t3`
  ) AS `t7`
) AS `t8`;

-- query 8
SELECT
  `t8`.`spend`,
  `t8`.`impressions`,
  `t8`.`clicks`,
  `t8`.`conversions`,
  `t8`.`revenue`,
  `t8`.`leads`,
  `t8`.`customers`,
  `t8`.`won_amount`,
  `t8`.`revenue` / NULLIF(`t8`.`spend`, 0.0) AS `roas`,
  `t8`.`spend` / NULLIF(`t8`.`conversions`, 0.0) AS `cpa`,
  (
    `t8`.`spend` / NULLIF(CAST(`t8`.`impressions` AS DOUBLE), 0.0)
  ) * 1000.0 AS `cpm`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`clicks` AS DOUBLE), 0.0) AS `cpc`,
  CAST(`t8`.`clicks` AS DOUBLE) / NULLIF(CAST(`t8`.`impressions` AS DOUBLE), 0.0) AS `ctr`,
  `t8`.`conversions` / NULLIF(CAST(`t8`.`clicks` AS DOUBLE), 0.0) AS `cvr`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`leads` AS DOUBLE), 0.0) AS `cpl`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`customers` AS DOUBLE), 0.0) AS `cac`,
  (
    `t8`.`revenue` - `t8`.`spend`
  ) / NULLIF(`t8`.`spend`, 0.0) AS `roi`
FROM (
  SELECT
    `t5`.`spend`,
    `t5`.`impressions`,
    `t5`.`clicks`,
    `t5`.`conversions`,
    `t5`.`revenue`,
    `t7`.`leads`,
    `t7`.`customers`,
    `t7`.`won_amount`
  FROM (
    SELECT
      SUM(`t2`.`spend`) AS `spend`,
      CAST(ROUND(SUM(`t2`.`impressions`), 0) AS BIGINT) AS `impressions`,
      CAST(ROUND(SUM(`t2`.`clicks`), 0) AS BIGINT) AS `clicks`,
      SUM(`t2`.`conversions`) AS `conversions`,
      SUM(`t2`.`conversion_value`) AS `revenue`
    FROM (
      SELECT
        *
      FROM `ad_performance` AS `t0`
      WHERE
        `t0`.`date` BETWEEN MAKE_DATE(2026, 7, 1) AND MAKE_DATE(2026, 9, 30)
    ) AS `t2`
  ) AS `t5`
  CROSS JOIN (
    SELECT
      SUM(
        IF(
          (
            `t3`.`created_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND (
            `t3`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND TRUE,
          1,
          0
        )
      ) AS `leads`,
      SUM(
        IF(
          (
            `t3`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t3`.`won_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
          ),
          1,
          0
        )
      ) AS `customers`,
      SUM(
        IF(
          (
            `t3`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t3`.`won_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
          ),
          COALESCE(`t3`.`amount`, 0.0),
          0.0
        )
      ) AS `won_amount`
    FROM (
      SELECT
        *
      FROM `leads` AS `t1`
      WHERE
        (
          (
            `t1`.`created_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND (
            `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
          )
        )
        OR (
          (
            `t1`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t1`.`won_at` >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t1`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
          )
        )
    ) AS `t3`
  ) AS `t7`
) AS `t8`;

-- query 9
SELECT
  `t8`.`spend`,
  `t8`.`impressions`,
  `t8`.`clicks`,
  `t8`.`conversions`,
  `t8`.`revenue`,
  `t8`.`leads`,
  `t8`.`customers`,
  `t8`.`won_amount`,
  `t8`.`revenue` / NULLIF(`t8`.`spend`, 0.0) AS `roas`,
  `t8`.`spend` / NULLIF(`t8`.`conversions`, 0.0) AS `cpa`,
  (
    `t8`.`spend` / NULLIF(CAST(`t8`.`impressions` AS DOUBLE), 0.0)
  ) * 1000.0 AS `cpm`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`clicks` AS DOUBLE), 0.0) AS `cpc`,
  CAST(`t8`.`clicks` AS DOUBLE) / NULLIF(CAST(`t8`.`impressions` AS DOUBLE), 0.0) AS `ctr`,
  `t8`.`conversions` / NULLIF(CAST(`t8`.`clicks` AS DOUBLE), 0.0) AS `cvr`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`leads` AS DOUBLE), 0.0) AS `cpl`,
  `t8`.`spend` / NULLIF(CAST(`t8`.`customers` AS DOUBLE), 0.0) AS `cac`,
  (
    `t8`.`revenue` - `t8`.`spend`
  ) / NULLIF(`t8`.`spend`, 0.0) AS `roi`
FROM (
  SELECT
    `t5`.`spend`,
    `t5`.`impressions`,
    `t5`.`clicks`,
    `t5`.`conversions`,
    `t5`.`revenue`,
    `t7`.`leads`,
    `t7`.`customers`,
    `t7`.`won_amount`
  FROM (
    SELECT
      SUM(`t2`.`spend`) AS `spend`,
      CAST(ROUND(SUM(`t2`.`impressions`), 0) AS BIGINT) AS `impressions`,
      CAST(ROUND(SUM(`t2`.`clicks`), 0) AS BIGINT) AS `clicks`,
      SUM(`t2`.`conversions`) AS `conversions`,
      SUM(`t2`.`conversion_value`) AS `revenue`
    FROM (
      SELECT
        *
      FROM `ad_performance` AS `t0`
      WHERE
        `t0`.`date` BETWEEN MAKE_DATE(2026, 9, 1) AND MAKE_DATE(2026, 9, 30)
    ) AS `t2`
  ) AS `t5`
  CROSS JOIN (
    SELECT
      SUM(
        IF(
          (
            `t3`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND (
            `t3`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND TRUE,
          1,
          0
        )
      ) AS `leads`,
      SUM(
        IF(
          (
            `t3`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t3`.`won_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
          ),
          1,
          0
        )
      ) AS `customers`,
      SUM(
        IF(
          (
            `t3`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t3`.`won_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t3`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
          ),
          COALESCE(`t3`.`amount`, 0.0),
          0.0
        )
      ) AS `won_amount`
    FROM (
      SELECT
        *
      FROM `leads` AS `t1`
      WHERE
        (
          (
            `t1`.`created_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
          )
          AND (
            `t1`.`created_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
          )
        )
        OR (
          (
            `t1`.`won_at` IS NOT NULL
          )
          AND (
            (
              `t1`.`won_at` >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMP)
            )
            AND (
              `t1`.`won_at` < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMP)
            )
          )
        )
    ) AS `t3`
  ) AS `t7`
) AS `t8`;

-- query 10
SELECT
  *
FROM `benchmarks`;

-- query 11
SELECT
  *
FROM `campaigns`;

-- query 12
SELECT
  *
FROM `targets`;
