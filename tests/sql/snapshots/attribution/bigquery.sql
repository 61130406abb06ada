-- 19 queries, compiled for bigquery

-- query 1
SELECT
  `t12`.`user_id` AS `cuser`,
  `t12`.`seq` AS `cseq`,
  CAST(CASE `t5`.`channel`
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
  `t5`.`ts`,
  `t12`.`value`,
  ieee_divide(
    CAST(UNIX_SECONDS(`t12`.`ts`) AS FLOAT64) - CAST(UNIX_SECONDS(`t5`.`ts`) AS FLOAT64),
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
) AS `t5`
INNER JOIN (
  SELECT
    *
  FROM (
    SELECT
      `t9`.`user_id`,
      `t9`.`ts`,
      `t9`.`value`,
      LAG(`t9`.`ts`) OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t8`.`user_id`,
        `t8`.`ts`,
        COALESCE(`t8`.`value`, 0.0) AS `value`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t6`.`user_id`,
            `t6`.`ts`,
            `t6`.`value`,
            `t6`.`conversion_id`,
            `t6`.`kind`
          FROM (
            SELECT
              `t4`.`user_id`,
              `t4`.`ts`,
              `t4`.`value`,
              `t4`.`conversion_id`,
              `t4`.`kind`,
              ROW_NUMBER() OVER (PARTITION BY `t4`.`conversion_id` ORDER BY `t4`.`ts` ASC, `t4`.`value` ASC) - 1 AS `_copy`
            FROM (
              SELECT
                *
              FROM `conversions` AS `t1`
              WHERE
                `t1`.`conversion_id` IS NOT NULL
            ) AS `t4`
          ) AS `t6`
          WHERE
            `t6`.`_copy` = 0
        ) AS `t7`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM `conversions` AS `t1`
          WHERE
            `t1`.`conversion_id` IS NULL
        ) AS `t3`
      ) AS `t8`
      WHERE
        `t8`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
    ) AS `t9`
  ) AS `t10`
  WHERE
    `t10`.`ts` >= TIMESTAMP('2026-10-01T00:00:00+00:00')
) AS `t12`
  ON `t5`.`user_id` = `t12`.`user_id`
  AND `t5`.`ts` <= `t12`.`ts`
  AND `t5`.`ts` > TIMESTAMP_SUB(`t12`.`ts`, INTERVAL '30' DAY)
  AND (
    (
      `t12`.`prev_ts` IS NULL
    ) OR (
      `t5`.`ts` > `t12`.`prev_ts`
    )
  );

-- query 2
SELECT
  `t12`.`user_id` AS `cuser`,
  `t12`.`seq` AS `cseq`,
  CAST(CASE `t5`.`channel`
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
  `t5`.`ts`,
  `t12`.`value`,
  ieee_divide(
    CAST(UNIX_SECONDS(`t12`.`ts`) AS FLOAT64) - CAST(UNIX_SECONDS(`t5`.`ts`) AS FLOAT64),
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
) AS `t5`
INNER JOIN (
  SELECT
    *
  FROM (
    SELECT
      `t9`.`user_id`,
      `t9`.`ts`,
      `t9`.`value`,
      LAG(`t9`.`ts`) OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t8`.`user_id`,
        `t8`.`ts`,
        COALESCE(`t8`.`value`, 0.0) AS `value`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t6`.`user_id`,
            `t6`.`ts`,
            `t6`.`value`,
            `t6`.`conversion_id`,
            `t6`.`kind`
          FROM (
            SELECT
              `t4`.`user_id`,
              `t4`.`ts`,
              `t4`.`value`,
              `t4`.`conversion_id`,
              `t4`.`kind`,
              ROW_NUMBER() OVER (PARTITION BY `t4`.`conversion_id` ORDER BY `t4`.`ts` ASC, `t4`.`value` ASC) - 1 AS `_copy`
            FROM (
              SELECT
                *
              FROM `conversions` AS `t1`
              WHERE
                `t1`.`conversion_id` IS NOT NULL
            ) AS `t4`
          ) AS `t6`
          WHERE
            `t6`.`_copy` = 0
        ) AS `t7`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM `conversions` AS `t1`
          WHERE
            `t1`.`conversion_id` IS NULL
        ) AS `t3`
      ) AS `t8`
      WHERE
        `t8`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
    ) AS `t9`
  ) AS `t10`
  WHERE
    `t10`.`ts` >= TIMESTAMP('2026-09-01T00:00:00+00:00')
) AS `t12`
  ON `t5`.`user_id` = `t12`.`user_id`
  AND `t5`.`ts` <= `t12`.`ts`
  AND `t5`.`ts` > TIMESTAMP_SUB(`t12`.`ts`, INTERVAL '30' DAY)
  AND (
    (
      `t12`.`prev_ts` IS NULL
    ) OR (
      `t5`.`ts` > `t12`.`prev_ts`
    )
  );

-- query 3
SELECT
  `t15`.`y`,
  `t15`.`m`,
  COUNT(*) AS `journeys`,
  SUM(`t15`.`touches`) AS `touches`,
  SUM(`t15`.`touches` * `t15`.`touches`) AS `touches_sq`,
  COALESCE(SUM(IF(`t15`.`touches` >= 2, 1, 0)), 0) AS `multi`,
  SUM(`t15`.`days`) AS `days`,
  SUM(`t15`.`days` * `t15`.`days`) AS `days_sq`
FROM (
  SELECT
    `t14`.`user_id`,
    `t14`.`seq`,
    `t14`.`y`,
    `t14`.`m`,
    CAST(`t14`.`touches` AS FLOAT64) AS `touches`,
    `t14`.`days`,
    `t14`.`first`,
    `t14`.`last`
  FROM (
    SELECT
      `t13`.`user_id`,
      `t13`.`seq`,
      `t13`.`y`,
      `t13`.`m`,
      COUNT(*) AS `touches`,
      MAX(`t13`.`age`) AS `days`,
      MOD(MIN(`t13`.`key`), 16) AS `first`,
      MOD(MAX(`t13`.`key`), 16) AS `last`
    FROM (
      SELECT
        `t12`.`user_id`,
        `t12`.`seq`,
        `t12`.`y`,
        `t12`.`m`,
        `t5`.`key`,
        ieee_divide(
          CAST(UNIX_SECONDS(`t12`.`ts`) AS FLOAT64) - CAST(UNIX_SECONDS(`t5`.`ts`) AS FLOAT64),
          86400.0
        ) AS `age`
      FROM (
        SELECT
          `t0`.`user_id`,
          `t0`.`ts`,
          `t0`.`channel`,
          (
            CAST(trunc(CAST(UNIX_SECONDS(`t0`.`ts`) AS FLOAT64)) AS INT64) * 16
          ) + CAST(CASE `t0`.`channel`
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
          END AS INT64) AS `key`
        FROM `touchpoints` AS `t0`
        WHERE
          `t0`.`user_id` IS NOT NULL
          AND `t0`.`channel` IS NOT NULL
          AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-05-01T00:00:00+00:00'), INTERVAL '30' DAY)
          AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
      ) AS `t5`
      INNER JOIN (
        SELECT
          `t10`.`user_id`,
          `t10`.`ts`,
          `t10`.`prev_ts`,
          `t10`.`seq`,
          EXTRACT(year FROM `t10`.`ts`) AS `y`,
          EXTRACT(month FROM `t10`.`ts`) AS `m`
        FROM (
          SELECT
            `t9`.`user_id`,
            `t9`.`ts`,
            LAG(`t9`.`ts`) OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) AS `prev_ts`,
            ROW_NUMBER() OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) - 1 AS `seq`
          FROM (
            SELECT
              `t8`.`user_id`,
              `t8`.`ts`
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  `t6`.`user_id`,
                  `t6`.`ts`,
                  `t6`.`value`,
                  `t6`.`conversion_id`,
                  `t6`.`kind`
                FROM (
                  SELECT
                    `t3`.`user_id`,
                    `t3`.`ts`,
                    `t3`.`value`,
                    `t3`.`conversion_id`,
                    `t3`.`kind`,
                    ROW_NUMBER() OVER (PARTITION BY `t3`.`conversion_id` ORDER BY `t3`.`ts` ASC, `t3`.`value` ASC) - 1 AS `_copy`
                  FROM (
                    SELECT
                      *
                    FROM `conversions` AS `t1`
                    WHERE
                      `t1`.`conversion_id` IS NOT NULL
                  ) AS `t3`
                ) AS `t6`
                WHERE
                  `t6`.`_copy` = 0
              ) AS `t7`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM `conversions` AS `t1`
                WHERE
                  `t1`.`conversion_id` IS NULL
              ) AS `t2`
            ) AS `t8`
            WHERE
              `t8`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
          ) AS `t9`
        ) AS `t10`
        WHERE
          `t10`.`ts` >= TIMESTAMP('2026-05-01T00:00:00+00:00')
      ) AS `t12`
        ON `t5`.`user_id` = `t12`.`user_id`
        AND `t5`.`ts` <= `t12`.`ts`
        AND `t5`.`ts` > TIMESTAMP_SUB(`t12`.`ts`, INTERVAL '30' DAY)
        AND (
          (
            `t12`.`prev_ts` IS NULL
          ) OR (
            `t5`.`ts` > `t12`.`prev_ts`
          )
        )
    ) AS `t13`
    GROUP BY
      1,
      2,
      3,
      4
  ) AS `t14`
) AS `t15`
GROUP BY
  1,
  2;

-- query 4
SELECT
  `t16`.`path`,
  COUNT(*) AS `nulls`
FROM (
  SELECT
    `t15`.`user_id`,
    IF(
      ARRAY_LENGTH(
        ARRAY(
          SELECT
            CAST(MOD(__ibis_param_k__, 16) AS STRING)
          FROM UNNEST(ARRAY(
            SELECT
              array_1
            FROM UNNEST(ARRAY_AGG(
              (
                CAST(trunc(CAST(UNIX_SECONDS(`t15`.`ts`) AS FLOAT64)) AS INT64) * 16
              ) + `t15`.`code` IGNORE NULLS
            )) AS array_1
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
            FROM UNNEST(ARRAY_AGG(
              (
                CAST(trunc(CAST(UNIX_SECONDS(`t15`.`ts`) AS FLOAT64)) AS INT64) * 16
              ) + `t15`.`code` IGNORE NULLS
            )) AS array_1
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
      `t14`.`user_id`,
      `t14`.`ts`,
      `t14`.`channel`,
      `t14`.`user_id_right`,
      `t14`.`last_ts`,
      CAST(CASE `t14`.`channel`
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
        `t5`.`user_id`,
        `t5`.`ts`,
        `t5`.`channel`,
        `t13`.`user_id` AS `user_id_right`,
        `t13`.`last_ts`
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
      ) AS `t5`
      LEFT OUTER JOIN (
        SELECT
          `t11`.`user_id`,
          MAX(`t11`.`ts`) AS `last_ts`
        FROM (
          SELECT
            *
          FROM (
            SELECT
              `t9`.`user_id`,
              `t9`.`ts`,
              `t9`.`value`,
              LAG(`t9`.`ts`) OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) AS `prev_ts`,
              ROW_NUMBER() OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) - 1 AS `seq`
            FROM (
              SELECT
                `t8`.`user_id`,
                `t8`.`ts`,
                COALESCE(`t8`.`value`, 0.0) AS `value`
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    `t6`.`user_id`,
                    `t6`.`ts`,
                    `t6`.`value`,
                    `t6`.`conversion_id`,
                    `t6`.`kind`
                  FROM (
                    SELECT
                      `t4`.`user_id`,
                      `t4`.`ts`,
                      `t4`.`value`,
                      `t4`.`conversion_id`,
                      `t4`.`kind`,
                      ROW_NUMBER() OVER (PARTITION BY `t4`.`conversion_id` ORDER BY `t4`.`ts` ASC, `t4`.`value` ASC) - 1 AS `_copy`
                    FROM (
                      SELECT
                        *
                      FROM `conversions` AS `t1`
                      WHERE
                        `t1`.`conversion_id` IS NOT NULL
                    ) AS `t4`
                  ) AS `t6`
                  WHERE
                    `t6`.`_copy` = 0
                ) AS `t7`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM `conversions` AS `t1`
                  WHERE
                    `t1`.`conversion_id` IS NULL
                ) AS `t3`
              ) AS `t8`
              WHERE
                `t8`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
            ) AS `t9`
          ) AS `t10`
          WHERE
            `t10`.`ts` >= TIMESTAMP('2026-10-01T00:00:00+00:00')
        ) AS `t11`
        GROUP BY
          1
      ) AS `t13`
        ON `t5`.`user_id` = `t13`.`user_id`
    ) AS `t14`
    WHERE
      (
        `t14`.`last_ts` IS NULL
      ) OR (
        `t14`.`ts` > `t14`.`last_ts`
      )
  ) AS `t15`
  GROUP BY
    1
) AS `t16`
GROUP BY
  1;

-- query 5
SELECT
  `t16`.`path`,
  COUNT(*) AS `nulls`
FROM (
  SELECT
    `t15`.`user_id`,
    IF(
      ARRAY_LENGTH(
        ARRAY(
          SELECT
            CAST(MOD(__ibis_param_k__, 16) AS STRING)
          FROM UNNEST(ARRAY(
            SELECT
              array_1
            FROM UNNEST(ARRAY_AGG(
              (
                CAST(trunc(CAST(UNIX_SECONDS(`t15`.`ts`) AS FLOAT64)) AS INT64) * 16
              ) + `t15`.`code` IGNORE NULLS
            )) AS array_1
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
            FROM UNNEST(ARRAY_AGG(
              (
                CAST(trunc(CAST(UNIX_SECONDS(`t15`.`ts`) AS FLOAT64)) AS INT64) * 16
              ) + `t15`.`code` IGNORE NULLS
            )) AS array_1
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
      `t14`.`user_id`,
      `t14`.`ts`,
      `t14`.`channel`,
      `t14`.`user_id_right`,
      `t14`.`last_ts`,
      CAST(CASE `t14`.`channel`
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
        `t5`.`user_id`,
        `t5`.`ts`,
        `t5`.`channel`,
        `t13`.`user_id` AS `user_id_right`,
        `t13`.`last_ts`
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
      ) AS `t5`
      LEFT OUTER JOIN (
        SELECT
          `t11`.`user_id`,
          MAX(`t11`.`ts`) AS `last_ts`
        FROM (
          SELECT
            *
          FROM (
            SELECT
              `t9`.`user_id`,
              `t9`.`ts`,
              `t9`.`value`,
              LAG(`t9`.`ts`) OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) AS `prev_ts`,
              ROW_NUMBER() OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) - 1 AS `seq`
            FROM (
              SELECT
                `t8`.`user_id`,
                `t8`.`ts`,
                COALESCE(`t8`.`value`, 0.0) AS `value`
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    `t6`.`user_id`,
                    `t6`.`ts`,
                    `t6`.`value`,
                    `t6`.`conversion_id`,
                    `t6`.`kind`
                  FROM (
                    SELECT
                      `t4`.`user_id`,
                      `t4`.`ts`,
                      `t4`.`value`,
                      `t4`.`conversion_id`,
                      `t4`.`kind`,
                      ROW_NUMBER() OVER (PARTITION BY `t4`.`conversion_id` ORDER BY `t4`.`ts` ASC, `t4`.`value` ASC) - 1 AS `_copy`
                    FROM (
                      SELECT
                        *
                      FROM `conversions` AS `t1`
                      WHERE
                        `t1`.`conversion_id` IS NOT NULL
                    ) AS `t4`
                  ) AS `t6`
                  WHERE
                    `t6`.`_copy` = 0
                ) AS `t7`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM `conversions` AS `t1`
                  WHERE
                    `t1`.`conversion_id` IS NULL
                ) AS `t3`
              ) AS `t8`
              WHERE
                `t8`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
            ) AS `t9`
          ) AS `t10`
          WHERE
            `t10`.`ts` >= TIMESTAMP('2026-09-01T00:00:00+00:00')
        ) AS `t11`
        GROUP BY
          1
      ) AS `t13`
        ON `t5`.`user_id` = `t13`.`user_id`
    ) AS `t14`
    WHERE
      (
        `t14`.`last_ts` IS NULL
      ) OR (
        `t14`.`ts` > `t14`.`last_ts`
      )
  ) AS `t15`
  GROUP BY
    1
) AS `t16`
GROUP BY
  1;

-- query 6
SELECT
  `t16`.`y`,
  `t16`.`m`,
  `t16`.`first` AS `code`,
  `t16`.`n`
FROM (
  SELECT
    `t15`.`y`,
    `t15`.`m`,
    `t15`.`first`,
    COUNT(*) AS `n`
  FROM (
    SELECT
      `t14`.`user_id`,
      `t14`.`seq`,
      `t14`.`y`,
      `t14`.`m`,
      CAST(`t14`.`touches` AS FLOAT64) AS `touches`,
      `t14`.`days`,
      `t14`.`first`,
      `t14`.`last`
    FROM (
      SELECT
        `t13`.`user_id`,
        `t13`.`seq`,
        `t13`.`y`,
        `t13`.`m`,
        COUNT(*) AS `touches`,
        MAX(`t13`.`age`) AS `days`,
        MOD(MIN(`t13`.`key`), 16) AS `first`,
        MOD(MAX(`t13`.`key`), 16) AS `last`
      FROM (
        SELECT
          `t12`.`user_id`,
          `t12`.`seq`,
          `t12`.`y`,
          `t12`.`m`,
          `t5`.`key`,
          ieee_divide(
            CAST(UNIX_SECONDS(`t12`.`ts`) AS FLOAT64) - CAST(UNIX_SECONDS(`t5`.`ts`) AS FLOAT64),
            86400.0
          ) AS `age`
        FROM (
          SELECT
            `t0`.`user_id`,
            `t0`.`ts`,
            `t0`.`channel`,
            (
              CAST(trunc(CAST(UNIX_SECONDS(`t0`.`ts`) AS FLOAT64)) AS INT64) * 16
            ) + CAST(CASE `t0`.`channel`
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
            END AS INT64) AS `key`
          FROM `touchpoints` AS `t0`
          WHERE
            `t0`.`user_id` IS NOT NULL
            AND `t0`.`channel` IS NOT NULL
            AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-05-01T00:00:00+00:00'), INTERVAL '30' DAY)
            AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
        ) AS `t5`
        INNER JOIN (
          SELECT
            `t10`.`user_id`,
            `t10`.`ts`,
            `t10`.`prev_ts`,
            `t10`.`seq`,
            EXTRACT(year FROM `t10`.`ts`) AS `y`,
            EXTRACT(month FROM `t10`.`ts`) AS `m`
          FROM (
            SELECT
              `t9`.`user_id`,
              `t9`.`ts`,
              LAG(`t9`.`ts`) OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) AS `prev_ts`,
              ROW_NUMBER() OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) - 1 AS `seq`
            FROM (
              SELECT
                `t8`.`user_id`,
                `t8`.`ts`
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    `t6`.`user_id`,
                    `t6`.`ts`,
                    `t6`.`value`,
                    `t6`.`conversion_id`,
                    `t6`.`kind`
                  FROM (
                    SELECT
                      `t3`.`user_id`,
                      `t3`.`ts`,
                      `t3`.`value`,
                      `t3`.`conversion_id`,
                      `t3`.`kind`,
                      ROW_NUMBER() OVER (PARTITION BY `t3`.`conversion_id` ORDER BY `t3`.`ts` ASC, `t3`.`value` ASC) - 1 AS `_copy`
                    FROM (
                      SELECT
                        *
                      FROM `conversions` AS `t1`
                      WHERE
                        `t1`.`conversion_id` IS NOT NULL
                    ) AS `t3`
                  ) AS `t6`
                  WHERE
                    `t6`.`_copy` = 0
                ) AS `t7`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM `conversions` AS `t1`
                  WHERE
                    `t1`.`conversion_id` IS NULL
                ) AS `t2`
              ) AS `t8`
              WHERE
                `t8`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
            ) AS `t9`
          ) AS `t10`
          WHERE
            `t10`.`ts` >= TIMESTAMP('2026-05-01T00:00:00+00:00')
        ) AS `t12`
          ON `t5`.`user_id` = `t12`.`user_id`
          AND `t5`.`ts` <= `t12`.`ts`
          AND `t5`.`ts` > TIMESTAMP_SUB(`t12`.`ts`, INTERVAL '30' DAY)
          AND (
            (
              `t12`.`prev_ts` IS NULL
            ) OR (
              `t5`.`ts` > `t12`.`prev_ts`
            )
          )
      ) AS `t13`
      GROUP BY
        1,
        2,
        3,
        4
    ) AS `t14`
  ) AS `t15`
  GROUP BY
    1,
    2,
    3
) AS `t16`;

-- query 7
SELECT
  `t16`.`y`,
  `t16`.`m`,
  `t16`.`last` AS `code`,
  `t16`.`n`
FROM (
  SELECT
    `t15`.`y`,
    `t15`.`m`,
    `t15`.`last`,
    COUNT(*) AS `n`
  FROM (
    SELECT
      `t14`.`user_id`,
      `t14`.`seq`,
      `t14`.`y`,
      `t14`.`m`,
      CAST(`t14`.`touches` AS FLOAT64) AS `touches`,
      `t14`.`days`,
      `t14`.`first`,
      `t14`.`last`
    FROM (
      SELECT
        `t13`.`user_id`,
        `t13`.`seq`,
        `t13`.`y`,
        `t13`.`m`,
        COUNT(*) AS `touches`,
        MAX(`t13`.`age`) AS `days`,
        MOD(MIN(`t13`.`key`), 16) AS `first`,
        MOD(MAX(`t13`.`key`), 16) AS `last`
      FROM (
        SELECT
          `t12`.`user_id`,
          `t12`.`seq`,
          `t12`.`y`,
          `t12`.`m`,
          `t5`.`key`,
          ieee_divide(
            CAST(UNIX_SECONDS(`t12`.`ts`) AS FLOAT64) - CAST(UNIX_SECONDS(`t5`.`ts`) AS FLOAT64),
            86400.0
          ) AS `age`
        FROM (
          SELECT
            `t0`.`user_id`,
            `t0`.`ts`,
            `t0`.`channel`,
            (
              CAST(trunc(CAST(UNIX_SECONDS(`t0`.`ts`) AS FLOAT64)) AS INT64) * 16
            ) + CAST(CASE `t0`.`channel`
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
            END AS INT64) AS `key`
          FROM `touchpoints` AS `t0`
          WHERE
            `t0`.`user_id` IS NOT NULL
            AND `t0`.`channel` IS NOT NULL
            AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-05-01T00:00:00+00:00'), INTERVAL '30' DAY)
            AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
        ) AS `t5`
        INNER JOIN (
          SELECT
            `t10`.`user_id`,
            `t10`.`ts`,
            `t10`.`prev_ts`,
            `t10`.`seq`,
            EXTRACT(year FROM `t10`.`ts`) AS `y`,
            EXTRACT(month FROM `t10`.`ts`) AS `m`
          FROM (
            SELECT
              `t9`.`user_id`,
              `t9`.`ts`,
              LAG(`t9`.`ts`) OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) AS `prev_ts`,
              ROW_NUMBER() OVER (PARTITION BY `t9`.`user_id` ORDER BY `t9`.`ts` ASC) - 1 AS `seq`
            FROM (
              SELECT
                `t8`.`user_id`,
                `t8`.`ts`
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    `t6`.`user_id`,
                    `t6`.`ts`,
                    `t6`.`value`,
                    `t6`.`conversion_id`,
                    `t6`.`kind`
                  FROM (
                    SELECT
                      `t3`.`user_id`,
                      `t3`.`ts`,
                      `t3`.`value`,
                      `t3`.`conversion_id`,
                      `t3`.`kind`,
                      ROW_NUMBER() OVER (PARTITION BY `t3`.`conversion_id` ORDER BY `t3`.`ts` ASC, `t3`.`value` ASC) - 1 AS `_copy`
                    FROM (
                      SELECT
                        *
                      FROM `conversions` AS `t1`
                      WHERE
                        `t1`.`conversion_id` IS NOT NULL
                    ) AS `t3`
                  ) AS `t6`
                  WHERE
                    `t6`.`_copy` = 0
                ) AS `t7`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM `conversions` AS `t1`
                  WHERE
                    `t1`.`conversion_id` IS NULL
                ) AS `t2`
              ) AS `t8`
              WHERE
                `t8`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
            ) AS `t9`
          ) AS `t10`
          WHERE
            `t10`.`ts` >= TIMESTAMP('2026-05-01T00:00:00+00:00')
        ) AS `t12`
          ON `t5`.`user_id` = `t12`.`user_id`
          AND `t5`.`ts` <= `t12`.`ts`
          AND `t5`.`ts` > TIMESTAMP_SUB(`t12`.`ts`, INTERVAL '30' DAY)
          AND (
            (
              `t12`.`prev_ts` IS NULL
            ) OR (
              `t5`.`ts` > `t12`.`prev_ts`
            )
          )
      ) AS `t13`
      GROUP BY
        1,
        2,
        3,
        4
    ) AS `t14`
  ) AS `t15`
  GROUP BY
    1,
    2,
    3
) AS `t16`;

-- query 8
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
              FROM UNNEST(ARRAY_AGG(
                (
                  CAST(trunc(CAST(UNIX_SECONDS(`t0`.`ts`) AS FLOAT64)) AS INT64) * 16
                ) + `t0`.`code` IGNORE NULLS
              )) AS array_1
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
              FROM UNNEST(ARRAY_AGG(
                (
                  CAST(trunc(CAST(UNIX_SECONDS(`t0`.`ts`) AS FLOAT64)) AS INT64) * 16
                ) + `t0`.`code` IGNORE NULLS
              )) AS array_1
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

-- query 9
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
              FROM UNNEST(ARRAY_AGG(
                (
                  CAST(trunc(CAST(UNIX_SECONDS(`t0`.`ts`) AS FLOAT64)) AS INT64) * 16
                ) + `t0`.`code` IGNORE NULLS
              )) AS array_1
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
              FROM UNNEST(ARRAY_AGG(
                (
                  CAST(trunc(CAST(UNIX_SECONDS(`t0`.`ts`) AS FLOAT64)) AS INT64) * 16
                ) + `t0`.`code` IGNORE NULLS
              )) AS array_1
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

-- query 10
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

-- query 11
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

-- query 12
SELECT
  `t8`.`y`,
  `t8`.`m`,
  COUNT(*) AS `n`
FROM (
  SELECT
    `t7`.`user_id`,
    `t7`.`ts`,
    `t7`.`prev_ts`,
    `t7`.`seq`,
    EXTRACT(year FROM `t7`.`ts`) AS `y`,
    EXTRACT(month FROM `t7`.`ts`) AS `m`
  FROM (
    SELECT
      `t6`.`user_id`,
      `t6`.`ts`,
      LAG(`t6`.`ts`) OVER (PARTITION BY `t6`.`user_id` ORDER BY `t6`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t6`.`user_id` ORDER BY `t6`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t5`.`user_id`,
        `t5`.`ts`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t3`.`user_id`,
            `t3`.`ts`,
            `t3`.`value`,
            `t3`.`conversion_id`,
            `t3`.`kind`
          FROM (
            SELECT
              `t2`.`user_id`,
              `t2`.`ts`,
              `t2`.`value`,
              `t2`.`conversion_id`,
              `t2`.`kind`,
              ROW_NUMBER() OVER (PARTITION BY `t2`.`conversion_id` ORDER BY `t2`.`ts` ASC, `t2`.`value` ASC) - 1 AS `_copy`
            FROM (
              SELECT
                *
              FROM `conversions` AS `t0`
              WHERE
                `t0`.`conversion_id` IS NOT NULL
            ) AS `t2`
          ) AS `t3`
          WHERE
            `t3`.`_copy` = 0
        ) AS `t4`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM `conversions` AS `t0`
          WHERE
            `t0`.`conversion_id` IS NULL
        ) AS `t1`
      ) AS `t5`
      WHERE
        `t5`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
    ) AS `t6`
  ) AS `t7`
  WHERE
    `t7`.`ts` >= TIMESTAMP('2026-05-01T00:00:00+00:00')
) AS `t8`
GROUP BY
  1,
  2;

-- query 13
SELECT
  COUNT(*) AS `CountStar`
FROM (
  SELECT
    *
  FROM `conversions` AS `t0`
  WHERE
    `t0`.`ts` >= TIMESTAMP('2026-10-01T00:00:00+00:00')
    AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
) AS `t1`;

-- query 14
SELECT
  COUNT(*) AS `CountStar`
FROM (
  SELECT
    *
  FROM `conversions` AS `t0`
  WHERE
    `t0`.`ts` >= TIMESTAMP('2026-09-01T00:00:00+00:00')
    AND `t0`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
) AS `t1`;

-- query 15
SELECT
  COUNT(*) AS `n`,
  SUM(`t8`.`value`) AS `v`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t6`.`user_id`,
      `t6`.`ts`,
      `t6`.`value`,
      LAG(`t6`.`ts`) OVER (PARTITION BY `t6`.`user_id` ORDER BY `t6`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t6`.`user_id` ORDER BY `t6`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t5`.`user_id`,
        `t5`.`ts`,
        COALESCE(`t5`.`value`, 0.0) AS `value`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t3`.`user_id`,
            `t3`.`ts`,
            `t3`.`value`,
            `t3`.`conversion_id`,
            `t3`.`kind`
          FROM (
            SELECT
              `t2`.`user_id`,
              `t2`.`ts`,
              `t2`.`value`,
              `t2`.`conversion_id`,
              `t2`.`kind`,
              ROW_NUMBER() OVER (PARTITION BY `t2`.`conversion_id` ORDER BY `t2`.`ts` ASC, `t2`.`value` ASC) - 1 AS `_copy`
            FROM (
              SELECT
                *
              FROM `conversions` AS `t0`
              WHERE
                `t0`.`conversion_id` IS NOT NULL
            ) AS `t2`
          ) AS `t3`
          WHERE
            `t3`.`_copy` = 0
        ) AS `t4`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM `conversions` AS `t0`
          WHERE
            `t0`.`conversion_id` IS NULL
        ) AS `t1`
      ) AS `t5`
      WHERE
        `t5`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00')
    ) AS `t6`
  ) AS `t7`
  WHERE
    `t7`.`ts` >= TIMESTAMP('2026-09-01T00:00:00+00:00')
) AS `t8`;

-- query 16
SELECT
  COUNT(*) AS `n`,
  SUM(`t8`.`value`) AS `v`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t6`.`user_id`,
      `t6`.`ts`,
      `t6`.`value`,
      LAG(`t6`.`ts`) OVER (PARTITION BY `t6`.`user_id` ORDER BY `t6`.`ts` ASC) AS `prev_ts`,
      ROW_NUMBER() OVER (PARTITION BY `t6`.`user_id` ORDER BY `t6`.`ts` ASC) - 1 AS `seq`
    FROM (
      SELECT
        `t5`.`user_id`,
        `t5`.`ts`,
        COALESCE(`t5`.`value`, 0.0) AS `value`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t3`.`user_id`,
            `t3`.`ts`,
            `t3`.`value`,
            `t3`.`conversion_id`,
            `t3`.`kind`
          FROM (
            SELECT
              `t2`.`user_id`,
              `t2`.`ts`,
              `t2`.`value`,
              `t2`.`conversion_id`,
              `t2`.`kind`,
              ROW_NUMBER() OVER (PARTITION BY `t2`.`conversion_id` ORDER BY `t2`.`ts` ASC, `t2`.`value` ASC) - 1 AS `_copy`
            FROM (
              SELECT
                *
              FROM `conversions` AS `t0`
              WHERE
                `t0`.`conversion_id` IS NOT NULL
            ) AS `t2`
          ) AS `t3`
          WHERE
            `t3`.`_copy` = 0
        ) AS `t4`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            *
          FROM `conversions` AS `t0`
          WHERE
            `t0`.`conversion_id` IS NULL
        ) AS `t1`
      ) AS `t5`
      WHERE
        `t5`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00')
    ) AS `t6`
  ) AS `t7`
  WHERE
    `t7`.`ts` >= TIMESTAMP('2026-10-01T00:00:00+00:00')
) AS `t8`;

-- query 17
SELECT DISTINCT
  `t0`.`channel`
FROM `touchpoints` AS `t0`
WHERE
  `t0`.`user_id` IS NOT NULL
  AND `t0`.`channel` IS NOT NULL
  AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-10-01T00:00:00+00:00'), INTERVAL '30' DAY)
  AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00');

-- query 18
SELECT DISTINCT
  `t0`.`channel`
FROM `touchpoints` AS `t0`
WHERE
  `t0`.`user_id` IS NOT NULL
  AND `t0`.`channel` IS NOT NULL
  AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-05-01T00:00:00+00:00'), INTERVAL '30' DAY)
  AND `t0`.`ts` < TIMESTAMP('2026-11-01T00:00:00+00:00');

-- query 19
SELECT DISTINCT
  `t0`.`channel`
FROM `touchpoints` AS `t0`
WHERE
  `t0`.`user_id` IS NOT NULL
  AND `t0`.`channel` IS NOT NULL
  AND `t0`.`ts` >= TIMESTAMP_SUB(TIMESTAMP('2026-09-01T00:00:00+00:00'), INTERVAL '30' DAY)
  AND `t0`.`ts` < TIMESTAMP('2026-10-01T00:00:00+00:00');
