-- 6 queries, compiled for trino

-- query 1
SELECT
  "t1"."band",
  SUM("t1"."organic_clicks") AS "organic_clicks",
  SUM("t1"."organic_impressions") AS "organic_impressions",
  COUNT(*) AS "rows"
FROM (
  SELECT
    "t0"."date",
    "t0"."content_id",
    "t0"."pageviews",
    "t0"."sessions",
    "t0"."avg_engagement_seconds",
    "t0"."downloads",
    "t0"."conversions",
    "t0"."organic_clicks",
    "t0"."organic_impressions",
    "t0"."avg_position",
    "t0"."backlinks",
    CASE
      WHEN (
        "t0"."avg_position" >= CAST(1.0 AS DOUBLE)
      )
      AND (
        "t0"."avg_position" < CAST(4.0 AS DOUBLE)
      )
      THEN '1-3'
      WHEN (
        "t0"."avg_position" >= CAST(4.0 AS DOUBLE)
      )
      AND (
        "t0"."avg_position" < CAST(11.0 AS DOUBLE)
      )
      THEN '4-10'
      WHEN (
        "t0"."avg_position" >= CAST(11.0 AS DOUBLE)
      )
      AND (
        "t0"."avg_position" < CAST(21.0 AS DOUBLE)
      )
      THEN '11-20'
      WHEN (
        "t0"."avg_position" >= CAST(21.0 AS DOUBLE)
      )
      AND (
        "t0"."avg_position" < INFINITY()
      )
      THEN '21+'
      ELSE '<1'
    END AS "band"
  FROM "content_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN FROM_ISO8601_DATE('2026-10-01') AND FROM_ISO8601_DATE('2026-10-31')
    AND "t0"."avg_position" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 2
SELECT
  "t1"."content_id",
  COUNT(DISTINCT "t1"."date") AS "days",
  SUM("t1"."pageviews") AS "pageviews",
  SUM("t1"."sessions") AS "sessions",
  SUM("t1"."downloads") AS "downloads",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."organic_clicks") AS "organic_clicks",
  SUM("t1"."organic_impressions") AS "organic_impressions",
  SUM("t1"."avg_engagement_seconds" * CAST("t1"."sessions" AS DOUBLE)) AS "engaged_seconds",
  SUM(
    COALESCE("t1"."avg_position", CAST(0.0 AS DOUBLE)) * CAST(IF("t1"."avg_position" IS NOT NULL, "t1"."organic_impressions", 0) AS DOUBLE)
  ) AS "_pos_w",
  SUM(
    CAST(IF("t1"."avg_position" IS NOT NULL, "t1"."organic_impressions", 0) AS DOUBLE)
  ) AS "_w",
  AVG("t1"."avg_position") AS "_pos_mean"
FROM (
  SELECT
    *
  FROM "content_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN FROM_ISO8601_DATE('2026-10-01') AND FROM_ISO8601_DATE('2026-10-31')
) AS "t1"
GROUP BY
  1;

-- query 3
SELECT
  "t1"."content_id",
  COUNT(DISTINCT "t1"."date") AS "days",
  SUM("t1"."pageviews") AS "pageviews",
  SUM("t1"."sessions") AS "sessions",
  SUM("t1"."downloads") AS "downloads",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."organic_clicks") AS "organic_clicks",
  SUM("t1"."organic_impressions") AS "organic_impressions",
  SUM("t1"."avg_engagement_seconds" * CAST("t1"."sessions" AS DOUBLE)) AS "engaged_seconds",
  SUM(
    COALESCE("t1"."avg_position", CAST(0.0 AS DOUBLE)) * CAST(IF("t1"."avg_position" IS NOT NULL, "t1"."organic_impressions", 0) AS DOUBLE)
  ) AS "_pos_w",
  SUM(
    CAST(IF("t1"."avg_position" IS NOT NULL, "t1"."organic_impressions", 0) AS DOUBLE)
  ) AS "_w",
  AVG("t1"."avg_position") AS "_pos_mean"
FROM (
  SELECT
    *
  FROM "content_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN FROM_ISO8601_DATE('2026-09-01') AND FROM_ISO8601_DATE('2026-09-30')
) AS "t1"
GROUP BY
  1;

-- query 4
SELECT
  "t18"."cid" AS "content_id",
  "t18"."last_touch_conversions",
  "t18"."assisted_conversions"
FROM (
  SELECT
    "t17"."cid",
    SUM(IF("t17"."is_last", 1, 0)) AS "last_touch_conversions",
    SUM(IF(NOT (
      "t17"."is_last"
    ), 1, 0)) AS "assisted_conversions"
  FROM (
    SELECT
      "t16"."user_id",
      "t16"."conv_seq",
      "t16"."cid",
      BOOL_OR("t16"."tp_ts" = "t16"."last_ts") AS "is_last"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t14"."user_id",
          "t14"."ts",
          "t14"."prev_ts",
          "t14"."conv_seq",
          "t14"."tp_user",
          "t14"."tp_ts",
          "t14"."cid",
          MAX("t14"."tp_ts") OVER (
            PARTITION BY "t14"."user_id", "t14"."conv_seq"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS "last_ts"
        FROM (
          SELECT
            "t13"."user_id",
            "t13"."ts",
            "t13"."prev_ts",
            "t13"."conv_seq",
            "t3"."tp_user",
            "t3"."tp_ts",
            "t3"."cid"
          FROM (
            SELECT
              "t11"."user_id",
              "t11"."ts",
              "t11"."prev_ts",
              ROW_NUMBER() OVER (PARTITION BY "t11"."user_id" ORDER BY "t11"."ts" ASC) - 1 AS "conv_seq"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t9"."user_id",
                  "t9"."ts",
                  LAG("t9"."ts") OVER (PARTITION BY "t9"."user_id" ORDER BY "t9"."ts" ASC) AS "prev_ts"
                FROM (
                  SELECT
                    "t8"."user_id",
                    "t8"."ts"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t6"."user_id",
                        "t6"."ts",
                        "t6"."value",
                        "t6"."conversion_id",
                        "t6"."kind"
                      FROM (
                        SELECT
                          "t5"."user_id",
                          "t5"."ts",
                          "t5"."value",
                          "t5"."conversion_id",
                          "t5"."kind",
                          ROW_NUMBER() OVER (PARTITION BY "t5"."conversion_id" ORDER BY "t5"."ts" ASC, "t5"."value" ASC) - 1 AS "_copy"
                        FROM (
                          SELECT
                            *
                          FROM "conversions" AS "t1"
                          WHERE
                            "t1"."conversion_id" IS NOT NULL
                        ) AS "t5"
                      ) AS "t6"
                      WHERE
                        "t6"."_copy" = 0
                    ) AS "t7"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        *
                      FROM "conversions" AS "t1"
                      WHERE
                        "t1"."conversion_id" IS NULL
                    ) AS "t4"
                  ) AS "t8"
                ) AS "t9"
              ) AS "t10"
              WHERE
                "t10"."ts" >= CAST(FROM_ISO8601_TIMESTAMP('2026-10-01T00:00:00+00:00') AS TIMESTAMP(6) WITH TIME ZONE)
                AND "t10"."ts" < CAST(FROM_ISO8601_TIMESTAMP('2026-11-01T00:00:00+00:00') AS TIMESTAMP(6) WITH TIME ZONE)
            ) AS "t11"
          ) AS "t13"
          INNER JOIN (
            SELECT
              "t0"."user_id" AS "tp_user",
              "t0"."ts" AS "tp_ts",
              "t0"."content_id" AS "cid"
            FROM "touchpoints" AS "t0"
          ) AS "t3"
            ON "t13"."user_id" = "t3"."tp_user"
            AND "t3"."tp_ts" <= "t13"."ts"
            AND "t3"."tp_ts" > (
              "t13"."ts" - INTERVAL '30' DAY
            )
            AND (
              (
                "t13"."prev_ts" IS NULL
              ) OR (
                "t3"."tp_ts" > "t13"."prev_ts"
              )
            )
        ) AS "t14"
      ) AS "t15"
      WHERE
        "t15"."cid" IS NOT NULL
    ) AS "t16"
    GROUP BY
      1,
      2,
      3
  ) AS "t17"
  GROUP BY
    1
) AS "t18";

-- query 5
SELECT
  *
FROM "content" AS "t0";

-- query 6
WITH "t2" AS (
  SELECT
    "t1"."content_id",
    "t1"."date",
    "t1"."pos",
    "t1"."date" >= FROM_ISO8601_DATE('2026-10-01') AS "current",
    "t1"."pos" - LAG("t1"."pos") OVER (PARTITION BY "t1"."content_id" ORDER BY "t1"."date" ASC) AS "step"
  FROM (
    SELECT
      "t0"."content_id",
      "t0"."date",
      "t0"."avg_position" AS "pos"
    FROM "content_performance" AS "t0"
    WHERE
      "t0"."avg_position" IS NOT NULL
      AND (
        "t0"."date" BETWEEN FROM_ISO8601_DATE('2026-09-01') AND FROM_ISO8601_DATE('2026-09-30')
        OR "t0"."date" BETWEEN FROM_ISO8601_DATE('2026-10-01') AND FROM_ISO8601_DATE('2026-10-31')
      )
      AND COALESCE("t0"."organic_impressions", 0) > 0
  ) AS "t1"
)
SELECT
  "t7"."content_id",
  "t7"."days",
  "t7"."prior_days",
  CASE
    WHEN CARDINALITY(
      ARRAY_SORT(
        ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
          ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
      )
    ) > 0
    THEN (
      ELEMENT_AT(
        ARRAY_SORT(
          ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
            ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
        ),
        CAST(CAST(FLOOR(
          CAST(CARDINALITY(
            ARRAY_SORT(
              ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
                ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
        ) AS BIGINT) AS INTEGER) + 1
      ) * (
        CAST(1.0 AS DOUBLE) - (
          (
            CAST(CARDINALITY(
              ARRAY_SORT(
                ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
                  ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
          ) - CAST(CAST(CAST(FLOOR(
            CAST(CARDINALITY(
              ARRAY_SORT(
                ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
                  ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
              )
            ) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
          ) AS BIGINT) AS INTEGER) AS DOUBLE)
        )
      )
    ) + (
      ELEMENT_AT(
        ARRAY_SORT(
          ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
            ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
        ),
        CAST(CAST(CEIL(
          CAST(CARDINALITY(
            ARRAY_SORT(
              ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
                ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
        ) AS BIGINT) AS INTEGER) + 1
      ) * (
        (
          CAST(CARDINALITY(
            ARRAY_SORT(
              ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
                ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
        ) - CAST(CAST(CAST(FLOOR(
          CAST(CARDINALITY(
            ARRAY_SORT(
              ARRAY_AGG(ABS("t7"."step" - "t7"."median_step")) FILTER(WHERE
                ABS("t7"."step" - "t7"."median_step") IS NOT NULL)
            )
          ) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
        ) AS BIGINT) AS INTEGER) AS DOUBLE)
      )
    )
    ELSE NULL
  END AS "mad"
FROM (
  SELECT
    "t4"."content_id",
    "t4"."date",
    "t4"."pos",
    "t4"."current",
    "t4"."step",
    "t6"."days",
    "t6"."prior_days",
    "t6"."median_step"
  FROM "t2" AS "t4"
  INNER JOIN (
    SELECT
      "t3"."content_id",
      COALESCE(SUM(IF("t3"."current", 1, 0)), 0) AS "days",
      COALESCE(SUM(IF(NOT (
        "t3"."current"
      ), 1, 0)), 0) AS "prior_days",
      CASE
        WHEN CARDINALITY(ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
          "t3"."step" IS NOT NULL))) > 0
        THEN (
          ELEMENT_AT(
            ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
              "t3"."step" IS NOT NULL)),
            CAST(CAST(FLOOR(
              CAST(CARDINALITY(ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
                "t3"."step" IS NOT NULL))) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
            ) AS BIGINT) AS INTEGER) + 1
          ) * (
            CAST(1.0 AS DOUBLE) - (
              (
                CAST(CARDINALITY(ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
                  "t3"."step" IS NOT NULL))) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
              ) - CAST(CAST(CAST(FLOOR(
                CAST(CARDINALITY(ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
                  "t3"."step" IS NOT NULL))) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
              ) AS BIGINT) AS INTEGER) AS DOUBLE)
            )
          )
        ) + (
          ELEMENT_AT(
            ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
              "t3"."step" IS NOT NULL)),
            CAST(CAST(CEIL(
              CAST(CARDINALITY(ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
                "t3"."step" IS NOT NULL))) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
            ) AS BIGINT) AS INTEGER) + 1
          ) * (
            (
              CAST(CARDINALITY(ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
                "t3"."step" IS NOT NULL))) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
            ) - CAST(CAST(CAST(FLOOR(
              CAST(CARDINALITY(ARRAY_SORT(ARRAY_AGG("t3"."step") FILTER(WHERE
                "t3"."step" IS NOT NULL))) - 1 AS DOUBLE) * CAST(0.5 AS DOUBLE)
            ) AS BIGINT) AS INTEGER) AS DOUBLE)
          )
        )
        ELSE NULL
      END AS "median_step"
    FROM "t2" AS "t3"
    GROUP BY
      1
  ) AS "t6"
    ON "t4"."content_id" = "t6"."content_id"
) AS "t7"
GROUP BY
  1,
  2,
  3;
