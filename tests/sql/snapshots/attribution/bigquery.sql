-- 12 queries, compiled for bigquery

-- query 1
SELECT
  `t11`.`path`,
  COUNT(*) AS `nulls`
FROM (
  SELECT
    `t10`.`user_id`,
    IF(
      ARRAY_LENGTH(
        ARRAY(
          SELECT
            CAST(MOD(__ibis_param_k__, 16) AS STRING)
          FROM UNNEST(ARRAY(
            SELECT
              array_1
            FROM UNNEST(ARRAY_AGG((
              CAST(UNIX_SECONDS(`t10`.`ts`) AS INT64) * 16
            ) + `t10`.`code` IGNORE NULLS)) AS array_1
            ORDER BY
              array_1
          )) AS __ibis_param_k__
        )
      ) > 0,
      ARRAY_TO_STRING(
        ARRAY(
          SELECT
            CAST(MOD(__ibis_param_k__, 16) AS STRING)
          FROM UNNEST(ARRAY(
            SELECT
              array_1
            FROM UNNEST(ARRAY_AGG((
              CAST(UNIX_SECONDS(`t10`.`ts`) AS INT64) * 16
            ) + `t10`.`code` IGNORE NULLS)) AS array_1
            ORDER BY
              array_1
          )) AS __ibis_param_k__
        ),
        ' '
      ),
      NULL
    ) AS `path`
  FROM (
    SELECT
      `t9`.`user_id`,
      `t9`.`ts`,
      `t9`.`channel`,
      `t9`.`user_id_right`,
      `t9`.`last_ts`,
      CAST(CASE `t9`.`channel`
        WHEN 'content_syndication'
        THEN 0
        WHEN 'direct'
        THEN 1
        WHEN 'display'
        THEN 2
        WHEN 'email'
        THEN 3
        WHEN 'organic_search'
        THEN 4
        WHEN 'paid_search'
        THEN 5
        WHEN 'paid_social'
        THEN 6
        WHEN 'referral'
        THEN 7
        WHEN 'video'
        THEN 8
        ELSE -1
      END AS INT64) AS `code`
    FROM (
      SELECT
        `t4`.`user_id`,
        `t4`.`ts`,
        `t4`.`channel`,
        `t8`.`user_id` AS `user_id_right`,
        `t8`.`last_ts`
      FROM (
        SELECT
          `t0`.`user_id`,
          `t0`.`ts`,
          `t0`.`channel`
        FROM `touchpoints` AS `t0`
        WHERE
          `t0`.`user_id` IS NOT NULL
          AND `t0`.`channel` IS NOT NULL
          AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-10-01T00:00:00+00:00'), INTERVAL '30' DAY)
          AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
          AND `t0`.`ts` >= TIMESTAMP('2026-10-01T00:00:00+00:00')
      ) AS `t4`
      LEFT OUTER JOIN (
        SELECT
          `t6`.`user_id`,
          MAX(`t6`.`ts`) AS `last_ts`
        FROM (
          SELECT
            *
          FROM (
            SELECT
              `t3`.`user_id`,
              `t3`.`ts`,
              `t3`.`value`,
              LAG(`t3`.`ts`) OVER (PARTITION BY `t3`.`user_id` ORDER BY `t3`.`ts` ASC) AS `prev_ts`,
              ROW_NUMBER() OVER (PARTITION BY `t3`.`user_id` ORDER BY `t3`.`ts` ASC) - 1 AS `seq`
            FROM (
              SELECT
                `t1`.`user_id`,
                `t1`.`ts`,
                COALESCE(`t1`.`value`, 0.0) AS `value`
              FROM `conversions` AS `t1`
              WHERE
                `t1`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
            ) AS `t3`
          ) AS `t5`
          WHERE
            `t5`.`ts` >= TIMESTAMP('2026-10-01T00:00:00+00:00')
        ) AS `t6`
        GROUP BY
          1
      ) AS `t8`
        ON `t4`.`user_id` = `t8`.`user_id`
    ) AS `t9`
    WHERE
      (
        `t9`.`last_ts` IS NULL
      ) OR (
        `t9`.`ts` > `t9`.`last_ts`
      )
  ) AS `t10`
  GROUP BY
    1
) AS `t11`
GROUP BY
  1;

-- query 2
SELECT
  `t11`.`path`,
  COUNT(*) AS `nulls`
FROM (
  SELECT
    `t10`.`user_id`,
    IF(
      ARRAY_LENGTH(
        ARRAY(
          SELECT
            CAST(MOD(__ibis_param_k__, 16) AS STRING)
          FROM UNNEST(ARRAY(
            SELECT
              array_1
            FROM UNNEST(ARRAY_AGG((
              CAST(UNIX_SECONDS(`t10`.`ts`) AS INT64) * 16
            ) + `t10`.`code` IGNORE NULLS)) AS array_1
            ORDER BY
              array_1
          )) AS __ibis_param_k__
        )
      ) > 0,
      ARRAY_TO_STRING(
        ARRAY(
          SELECT
            CAST(MOD(__ibis_param_k__, 16) AS STRING)
          FROM UNNEST(ARRAY(
            SELECT
              array_1
            FROM UNNEST(ARRAY_AGG((
              CAST(UNIX_SECONDS(`t10`.`ts`) AS INT64) * 16
            ) + `t10`.`code` IGNORE NULLS)) AS array_1
            ORDER BY
              array_1
          )) AS __ibis_param_k__
        ),
        ' '
      ),
      NULL
    ) AS `path`
  FROM (
    SELECT
      `t9`.`user_id`,
      `t9`.`ts`,
      `t9`.`channel`,
      `t9`.`user_id_right`,
      `t9`.`last_ts`,
      CAST(CASE `t9`.`channel`
        WHEN 'content_syndication'
        THEN 0
        WHEN 'direct'
        THEN 1
        WHEN 'display'
        THEN 2
        WHEN 'email'
        THEN 3
        WHEN 'organic_search'
        THEN 4
        WHEN 'paid_search'
        THEN 5
        WHEN 'paid_social'
        THEN 6
        WHEN 'referral'
        THEN 7
        WHEN 'video'
        THEN 8
        ELSE -1
      END AS INT64) AS `code`
    FROM (
      SELECT
        `t4`.`user_id`,
        `t4`.`ts`,
        `t4`.`channel`,
        `t8`.`user_id` AS `user_id_right`,
        `t8`.`last_ts`
      FROM (
        SELECT
          `t0`.`user_id`,
          `t0`.`ts`,
          `t0`.`channel`
        FROM `touchpoints` AS `t0`
        WHERE
          `t0`.`user_id` IS NOT NULL
          AND `t0`.`channel` IS NOT NULL
          AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-09-01T00:00:00+00:00'), INTERVAL '30' DAY)
          AND `t0`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
          AND `t0`.`ts` >= TIMESTAMP('2026-09-01T00:00:00+00:00')
      ) AS `t4`
      LEFT OUTER JOIN (
        SELECT
          `t6`.`user_id`,
          MAX(`t6`.`ts`) AS `last_ts`
        FROM (
          SELECT
            *
          FROM (
            SELECT
              `t3`.`user_id`,
              `t3`.`ts`,
              `t3`.`value`,
              LAG(`t3`.`ts`) OVER (PARTITION BY `t3`.`user_id` ORDER BY `t3`.`ts` ASC) AS `prev_ts`,
              ROW_NUMBER() OVER (PARTITION BY `t3`.`user_id` ORDER BY `t3`.`ts` ASC) - 1 AS `seq`
            FROM (
              SELECT
                `t1`.`user_id`,
                `t1`.`ts`,
                COALESCE(`t1`.`value`, 0.0) AS `value`
              FROM `conversions` AS `t1`
              WHERE
                `t1`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
            ) AS `t3`
          ) AS `t5`
          WHERE
            `t5`.`ts` >= TIMESTAMP('2026-09-01T00:00:00+00:00')
        ) AS `t6`
        GROUP BY
          1
      ) AS `t8`
        ON `t4`.`user_id` = `t8`.`user_id`
    ) AS `t9`
    WHERE
      (
        `t9`.`last_ts` IS NULL
      ) OR (
        `t9`.`ts` > `t9`.`last_ts`
      )
  ) AS `t10`
  GROUP BY
    1
) AS `t11`
GROUP BY
  1;

-- query 3
SELECT
  `t2`.`path`,
  `t2`.`bucket`,
  COUNT(*) AS `conversions`,
  SUM(`t2`.`value`) AS `value`,
  SUM(`t2`.`days`) AS `days`
FROM (
  SELECT
    `t1`.`cuser`,
    `t1`.`cseq`,
    `t1`.`path`,
    `t1`.`value`,
    `t1`.`days`,
    CASE
      WHEN (
        `t1`.`days` >= 0.0
      ) AND (
        `t1`.`days` < 1.0
      )
      THEN '<1 day'
      WHEN (
        `t1`.`days` >= 1.0
      ) AND (
        `t1`.`days` < 3.0
      )
      THEN '1-2 days'
      WHEN (
        `t1`.`days` >= 3.0
      ) AND (
        `t1`.`days` < 7.0
      )
      THEN '3-6 days'
      WHEN (
        `t1`.`days` >= 7.0
      ) AND (
        `t1`.`days` < 14.0
      )
      THEN '7-13 days'
      WHEN (
        `t1`.`days` >= 14.0
      ) AND (
        `t1`.`days` < 30.0
      )
      THEN '14-29 days'
      WHEN `t1`.`days` >= 30.0
      THEN '30+ days'
      ELSE '<1 day'
    END AS `bucket`
  FROM (
    SELECT
      `t0`.`cuser`,
      `t0`.`cseq`,
      IF(
        ARRAY_LENGTH(
          ARRAY(
            SELECT
              CAST(MOD(__ibis_param_k__, 16) AS STRING)
            FROM UNNEST(ARRAY(
              SELECT
                array_1
              FROM UNNEST(ARRAY_AGG((
                CAST(UNIX_SECONDS(`t0`.`ts`) AS INT64) * 16
              ) + `t0`.`code` IGNORE NULLS)) AS array_1
              ORDER BY
                array_1
            )) AS __ibis_param_k__
          )
        ) > 0,
        ARRAY_TO_STRING(
          ARRAY(
            SELECT
              CAST(MOD(__ibis_param_k__, 16) AS STRING)
            FROM UNNEST(ARRAY(
              SELECT
                array_1
              FROM UNNEST(ARRAY_AGG((
                CAST(UNIX_SECONDS(`t0`.`ts`) AS INT64) * 16
              ) + `t0`.`code` IGNORE NULLS)) AS array_1
              ORDER BY
                array_1
            )) AS __ibis_param_k__
          ),
          ' '
        ),
        NULL
      ) AS `path`,
      MAX(`t0`.`value`) AS `value`,
      MAX(`t0`.`age`) AS `days`
    FROM `temp`.`main`.`"table_1"` AS `t0`
    GROUP BY
      1,
      2
  ) AS `t1`
) AS `t2`
GROUP BY
  1,
  2;

-- query 4
SELECT
  `t2`.`path`,
  `t2`.`bucket`,
  COUNT(*) AS `conversions`,
  SUM(`t2`.`value`) AS `value`,
  SUM(`t2`.`days`) AS `days`
FROM (
  SELECT
    `t1`.`cuser`,
    `t1`.`cseq`,
    `t1`.`path`,
    `t1`.`value`,
    `t1`.`days`,
    CASE
      WHEN (
        `t1`.`days` >= 0.0
      ) AND (
        `t1`.`days` < 1.0
      )
      THEN '<1 day'
      WHEN (
        `t1`.`days` >= 1.0
      ) AND (
        `t1`.`days` < 3.0
      )
      THEN '1-2 days'
      WHEN (
        `t1`.`days` >= 3.0
      ) AND (
        `t1`.`days` < 7.0
      )
      THEN '3-6 days'
      WHEN (
        `t1`.`days` >= 7.0
      ) AND (
        `t1`.`days` < 14.0
      )
      THEN '7-13 days'
      WHEN (
        `t1`.`days` >= 14.0
      ) AND (
        `t1`.`days` < 30.0
      )
      THEN '14-29 days'
      WHEN `t1`.`days` >= 30.0
      THEN '30+ days'
      ELSE '<1 day'
    END AS `bucket`
  FROM (
    SELECT
      `t0`.`cuser`,
      `t0`.`cseq`,
      IF(
        ARRAY_LENGTH(
          ARRAY(
            SELECT
              CAST(MOD(__ibis_param_k__, 16) AS STRING)
            FROM UNNEST(ARRAY(
              SELECT
                array_1
              FROM UNNEST(ARRAY_AGG((
                CAST(UNIX_SECONDS(`t0`.`ts`) AS INT64) * 16
              ) + `t0`.`code` IGNORE NULLS)) AS array_1
              ORDER BY
                array_1
            )) AS __ibis_param_k__
          )
        ) > 0,
        ARRAY_TO_STRING(
          ARRAY(
            SELECT
              CAST(MOD(__ibis_param_k__, 16) AS STRING)
            FROM UNNEST(ARRAY(
              SELECT
                array_1
              FROM UNNEST(ARRAY_AGG((
                CAST(UNIX_SECONDS(`t0`.`ts`) AS INT64) * 16
              ) + `t0`.`code` IGNORE NULLS)) AS array_1
              ORDER BY
                array_1
            )) AS __ibis_param_k__
          ),
          ' '
        ),
        NULL
      ) AS `path`,
      MAX(`t0`.`value`) AS `value`,
      MAX(`t0`.`age`) AS `days`
    FROM `temp`.`main`.`"table_1"` AS `t0`
    GROUP BY
      1,
      2
  ) AS `t1`
) AS `t2`
GROUP BY
  1,
  2;

-- query 5
SELECT
  `t3`.`code`,
  SUM(`t3`.`share`) AS `conversions`,
  SUM(`t3`.`share` * `t3`.`value`) AS `value`
FROM (
  SELECT
    `t2`.`cuser`,
    `t2`.`cseq`,
    `t2`.`code`,
    `t2`.`wt`,
    `t2`.`value`,
    ieee_divide(
      `t2`.`wt`,
      SUM(`t2`.`wt`) OVER (
        PARTITION BY `t2`.`cuser`, `t2`.`cseq`
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      )
    ) AS `share`
  FROM (
    SELECT
      `t1`.`cuser`,
      `t1`.`cseq`,
      `t1`.`code`,
      SUM(`t1`.`wt`) AS `wt`,
      MAX(`t1`.`value`) AS `value`
    FROM (
      SELECT
        `t0`.`cuser`,
        `t0`.`cseq`,
        `t0`.`code`,
        `t0`.`ts`,
        `t0`.`value`,
        `t0`.`age`,
        EXP(`t0`.`age` * -0.09902102579427789) AS `wt`
      FROM `temp`.`main`.`"table_1"` AS `t0`
    ) AS `t1`
    GROUP BY
      1,
      2,
      3
  ) AS `t2`
) AS `t3`
GROUP BY
  1;

-- query 6
SELECT
  `t3`.`code`,
  SUM(`t3`.`share`) AS `conversions`,
  SUM(`t3`.`share` * `t3`.`value`) AS `value`
FROM (
  SELECT
    `t2`.`cuser`,
    `t2`.`cseq`,
    `t2`.`code`,
    `t2`.`wt`,
    `t2`.`value`,
    ieee_divide(
      `t2`.`wt`,
      SUM(`t2`.`wt`) OVER (
        PARTITION BY `t2`.`cuser`, `t2`.`cseq`
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      )
    ) AS `share`
  FROM (
    SELECT
      `t1`.`cuser`,
      `t1`.`cseq`,
      `t1`.`code`,
      SUM(`t1`.`wt`) AS `wt`,
      MAX(`t1`.`value`) AS `value`
    FROM (
      SELECT
        `t0`.`cuser`,
        `t0`.`cseq`,
        `t0`.`code`,
        `t0`.`ts`,
        `t0`.`value`,
        `t0`.`age`,
        EXP(`t0`.`age` * -0.09902102579427789) AS `wt`
      FROM `temp`.`main`.`"table_1"` AS `t0`
    ) AS `t1`
    GROUP BY
      1,
      2,
      3
  ) AS `t2`
) AS `t3`
GROUP BY
  1;

-- query 7
SELECT
  `t7`.`user_id` AS `cuser`,
  `t7`.`seq` AS `cseq`,
  CAST(CASE `t4`.`channel`
    WHEN 'content_syndication'
    THEN 0
    WHEN 'direct'
    THEN 1
    WHEN 'display'
    THEN 2
    WHEN 'email'
    THEN 3
    WHEN 'organic_search'
    THEN 4
    WHEN 'paid_search'
    THEN 5
    WHEN 'paid_social'
    THEN 6
    WHEN 'referral'
    THEN 7
    WHEN 'video'
    THEN 8
    ELSE -1
  END AS INT64) AS `code`,
  `t4`.`ts`,
  `t7`.`value`,
  ieee_divide(
    CAST(UNIX_SECONDS(`t7`.`ts`) AS FLOAT64) - CAST(UNIX_SECONDS(`t4`.`ts`) AS FLOAT64),
    86400.0
  ) AS `age`
FROM (
  SELECT
    `t0`.`user_id`,
    `t0`.`ts`,
    `t0`.`channel`
  FROM `touchpoints` AS `t0`
  WHERE
    `t0`.`user_id` IS NOT NULL
    AND `t0`.`channel` IS NOT NULL
    AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-10-01T00:00:00+00:00'), INTERVAL '30' DAY)
    AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
) AS `t4`
INNER JOIN (
  SELECT
    *
  FROM (
    SELECT
      `t3`.`user_id`,
      `t3`.`ts`,
      `t3`.`value`,
      LAG(`t3`.`ts`) OVER (PARTITION BY `t3`.`user_id` ORDER BY `t3`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t3`.`user_id` ORDER BY `t3`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t1`.`user_id`,
        `t1`.`ts`,
        COALESCE(`t1`.`value`, 0.0) AS `value`
      FROM `conversions` AS `t1`
      WHERE
        `t1`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
    ) AS `t3`
  ) AS `t5`
  WHERE
    `t5`.`ts` >= TIMESTAMP('2026-10-01T00:00:00+00:00')
) AS `t7`
  ON `t4`.`user_id` = `t7`.`user_id`
  AND `t4`.`ts` <= `t7`.`ts`
  AND `t4`.`ts` > TIMESTAMP_SUB(`t7`.`ts`, INTERVAL '30' DAY)
  AND (
    (
      `t7`.`prev_ts` IS NULL
    ) OR (
      `t4`.`ts` > `t7`.`prev_ts`
    )
  );

-- query 8
SELECT
  `t7`.`user_id` AS `cuser`,
  `t7`.`seq` AS `cseq`,
  CAST(CASE `t4`.`channel`
    WHEN 'content_syndication'
    THEN 0
    WHEN 'direct'
    THEN 1
    WHEN 'display'
    THEN 2
    WHEN 'email'
    THEN 3
    WHEN 'organic_search'
    THEN 4
    WHEN 'paid_search'
    THEN 5
    WHEN 'paid_social'
    THEN 6
    WHEN 'referral'
    THEN 7
    WHEN 'video'
    THEN 8
    ELSE -1
  END AS INT64) AS `code`,
  `t4`.`ts`,
  `t7`.`value`,
  ieee_divide(
    CAST(UNIX_SECONDS(`t7`.`ts`) AS FLOAT64) - CAST(UNIX_SECONDS(`t4`.`ts`) AS FLOAT64),
    86400.0
  ) AS `age`
FROM (
  SELECT
    `t0`.`user_id`,
    `t0`.`ts`,
    `t0`.`channel`
  FROM `touchpoints` AS `t0`
  WHERE
    `t0`.`user_id` IS NOT NULL
    AND `t0`.`channel` IS NOT NULL
    AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-09-01T00:00:00+00:00'), INTERVAL '30' DAY)
    AND `t0`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
) AS `t4`
INNER JOIN (
  SELECT
    *
  FROM (
    SELECT
      `t3`.`user_id`,
      `t3`.`ts`,
      `t3`.`value`,
      LAG(`t3`.`ts`) OVER (PARTITION BY `t3`.`user_id` ORDER BY `t3`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t3`.`user_id` ORDER BY `t3`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t1`.`user_id`,
        `t1`.`ts`,
        COALESCE(`t1`.`value`, 0.0) AS `value`
      FROM `conversions` AS `t1`
      WHERE
        `t1`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
    ) AS `t3`
  ) AS `t5`
  WHERE
    `t5`.`ts` >= TIMESTAMP('2026-09-01T00:00:00+00:00')
) AS `t7`
  ON `t4`.`user_id` = `t7`.`user_id`
  AND `t4`.`ts` <= `t7`.`ts`
  AND `t4`.`ts` > TIMESTAMP_SUB(`t7`.`ts`, INTERVAL '30' DAY)
  AND (
    (
      `t7`.`prev_ts` IS NULL
    ) OR (
      `t4`.`ts` > `t7`.`prev_ts`
    )
  );

-- query 9
SELECT
  COUNT(*) AS `n`,
  SUM(`t3`.`value`) AS `v`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t1`.`user_id`,
      `t1`.`ts`,
      `t1`.`value`,
      LAG(`t1`.`ts`) OVER (PARTITION BY `t1`.`user_id` ORDER BY `t1`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t1`.`user_id` ORDER BY `t1`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t0`.`user_id`,
        `t0`.`ts`,
        COALESCE(`t0`.`value`, 0.0) AS `value`
      FROM `conversions` AS `t0`
      WHERE
        `t0`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
    ) AS `t1`
  ) AS `t2`
  WHERE
    `t2`.`ts` >= TIMESTAMP('2026-09-01T00:00:00+00:00')
) AS `t3`;

-- query 10
SELECT
  COUNT(*) AS `n`,
  SUM(`t3`.`value`) AS `v`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t1`.`user_id`,
      `t1`.`ts`,
      `t1`.`value`,
      LAG(`t1`.`ts`) OVER (PARTITION BY `t1`.`user_id` ORDER BY `t1`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t1`.`user_id` ORDER BY `t1`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t0`.`user_id`,
        `t0`.`ts`,
        COALESCE(`t0`.`value`, 0.0) AS `value`
      FROM `conversions` AS `t0`
      WHERE
        `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
    ) AS `t1`
  ) AS `t2`
  WHERE
    `t2`.`ts` >= TIMESTAMP('2026-10-01T00:00:00+00:00')
) AS `t3`;

-- query 11
SELECT DISTINCT
  `t0`.`channel`
FROM `touchpoints` AS `t0`
WHERE
  `t0`.`user_id` IS NOT NULL
  AND `t0`.`channel` IS NOT NULL
  AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-10-01T00:00:00+00:00'), INTERVAL '30' DAY)
  AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00');

-- query 12
SELECT DISTINCT
  `t0`.`channel`
FROM `touchpoints` AS `t0`
WHERE
  `t0`.`user_id` IS NOT NULL
  AND `t0`.`channel` IS NOT NULL
  AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-09-01T00:00:00+00:00'), INTERVAL '30' DAY)
  AND `t0`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00');
