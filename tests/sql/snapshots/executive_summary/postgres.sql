-- 24 queries, compiled for postgres

-- query 1
SELECT
  "t0"."campaign_id",
  "t0"."owner",
  "t0"."channel"
FROM "campaigns" AS "t0"
WHERE
  "t0"."owner" IS NOT NULL;

-- query 2
SELECT
  "t1"."day",
  COUNT(*) AS "n"
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
    "t0"."date" AS "day"
  FROM "ad_performance" AS "t0"
) AS "t1"
GROUP BY
  1;

-- query 3
SELECT
  "t1"."day",
  COUNT(*) AS "n"
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
    "t0"."date" AS "day"
  FROM "ad_performance" AS "t0"
) AS "t1"
GROUP BY
  1;

-- query 4
SELECT
  "t1"."day",
  COUNT(*) AS "n"
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
    "t0"."date" AS "day"
  FROM "ad_performance" AS "t0"
) AS "t1"
GROUP BY
  1;

-- query 5
SELECT
  "t1"."day",
  COUNT(*) AS "n"
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
    "t0"."date" AS "day"
  FROM "ad_performance" AS "t0"
) AS "t1"
GROUP BY
  1;

-- query 6
SELECT
  "t1"."day",
  COUNT(*) AS "n"
FROM (
  SELECT
    CAST("t0"."created_at" AS DATE) AS "date",
    CAST("t0"."created_at" AS DATE) AS "day"
  FROM "leads" AS "t0"
) AS "t1"
GROUP BY
  1;

-- query 7
SELECT
  "t1"."day",
  COUNT(*) AS "n"
FROM (
  SELECT
    CAST("t0"."created_at" AS DATE) AS "date",
    CAST("t0"."created_at" AS DATE) AS "day"
  FROM "leads" AS "t0"
) AS "t1"
GROUP BY
  1;

-- query 8
SELECT
  *
FROM "targets";

-- query 9
SELECT
  SUM(
    CASE
      WHEN (
        "t0"."created_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND (
        "t0"."created_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND TRUE
      THEN 1
      ELSE 0
    END
  ) AS "leads",
  SUM(
    CASE
      WHEN (
        "t0"."mql_at" IS NOT NULL
      )
      AND (
        (
          "t0"."mql_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."mql_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        "t0"."opportunity_at" IS NOT NULL
      )
      AND (
        (
          "t0"."opportunity_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."opportunity_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "pipeline",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "customers",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN COALESCE("t0"."amount", 0.0)
      ELSE 0.0
    END
  ) AS "won_revenue"
FROM "leads" AS "t0";

-- query 10
SELECT
  SUM(
    CASE
      WHEN (
        "t0"."created_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND (
        "t0"."created_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND TRUE
      THEN 1
      ELSE 0
    END
  ) AS "leads",
  SUM(
    CASE
      WHEN (
        "t0"."mql_at" IS NOT NULL
      )
      AND (
        (
          "t0"."mql_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."mql_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        "t0"."opportunity_at" IS NOT NULL
      )
      AND (
        (
          "t0"."opportunity_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."opportunity_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "pipeline",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "customers",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-11-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN COALESCE("t0"."amount", 0.0)
      ELSE 0.0
    END
  ) AS "won_revenue"
FROM "leads" AS "t0";

-- query 11
SELECT
  SUM(
    CASE
      WHEN (
        "t0"."created_at" >= CAST('2026-05-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND (
        "t0"."created_at" < CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND TRUE
      THEN 1
      ELSE 0
    END
  ) AS "leads",
  SUM(
    CASE
      WHEN (
        "t0"."mql_at" IS NOT NULL
      )
      AND (
        (
          "t0"."mql_at" >= CAST('2026-05-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."mql_at" < CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        "t0"."opportunity_at" IS NOT NULL
      )
      AND (
        (
          "t0"."opportunity_at" >= CAST('2026-05-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."opportunity_at" < CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "pipeline",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-05-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "customers",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-05-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN COALESCE("t0"."amount", 0.0)
      ELSE 0.0
    END
  ) AS "won_revenue"
FROM "leads" AS "t0";

-- query 12
SELECT
  SUM(
    CASE
      WHEN (
        "t0"."created_at" >= CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND (
        "t0"."created_at" < CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND TRUE
      THEN 1
      ELSE 0
    END
  ) AS "leads",
  SUM(
    CASE
      WHEN (
        "t0"."mql_at" IS NOT NULL
      )
      AND (
        (
          "t0"."mql_at" >= CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."mql_at" < CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        "t0"."opportunity_at" IS NOT NULL
      )
      AND (
        (
          "t0"."opportunity_at" >= CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."opportunity_at" < CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "pipeline",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "customers",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-06-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN COALESCE("t0"."amount", 0.0)
      ELSE 0.0
    END
  ) AS "won_revenue"
FROM "leads" AS "t0";

-- query 13
SELECT
  SUM(
    CASE
      WHEN (
        "t0"."created_at" >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND (
        "t0"."created_at" < CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND TRUE
      THEN 1
      ELSE 0
    END
  ) AS "leads",
  SUM(
    CASE
      WHEN (
        "t0"."mql_at" IS NOT NULL
      )
      AND (
        (
          "t0"."mql_at" >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."mql_at" < CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        "t0"."opportunity_at" IS NOT NULL
      )
      AND (
        (
          "t0"."opportunity_at" >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."opportunity_at" < CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "pipeline",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "customers",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-07-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN COALESCE("t0"."amount", 0.0)
      ELSE 0.0
    END
  ) AS "won_revenue"
FROM "leads" AS "t0";

-- query 14
SELECT
  SUM(
    CASE
      WHEN (
        "t0"."created_at" >= CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND (
        "t0"."created_at" < CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND TRUE
      THEN 1
      ELSE 0
    END
  ) AS "leads",
  SUM(
    CASE
      WHEN (
        "t0"."mql_at" IS NOT NULL
      )
      AND (
        (
          "t0"."mql_at" >= CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."mql_at" < CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        "t0"."opportunity_at" IS NOT NULL
      )
      AND (
        (
          "t0"."opportunity_at" >= CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."opportunity_at" < CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "pipeline",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "customers",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-08-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN COALESCE("t0"."amount", 0.0)
      ELSE 0.0
    END
  ) AS "won_revenue"
FROM "leads" AS "t0";

-- query 15
SELECT
  SUM(
    CASE
      WHEN (
        "t0"."created_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND (
        "t0"."created_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND TRUE
      THEN 1
      ELSE 0
    END
  ) AS "leads",
  SUM(
    CASE
      WHEN (
        "t0"."mql_at" IS NOT NULL
      )
      AND (
        (
          "t0"."mql_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."mql_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        "t0"."opportunity_at" IS NOT NULL
      )
      AND (
        (
          "t0"."opportunity_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."opportunity_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "pipeline",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "customers",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN COALESCE("t0"."amount", 0.0)
      ELSE 0.0
    END
  ) AS "won_revenue"
FROM "leads" AS "t0";

-- query 16
SELECT
  SUM(
    CASE
      WHEN (
        "t0"."created_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND (
        "t0"."created_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
      )
      AND TRUE
      THEN 1
      ELSE 0
    END
  ) AS "leads",
  SUM(
    CASE
      WHEN (
        "t0"."mql_at" IS NOT NULL
      )
      AND (
        (
          "t0"."mql_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."mql_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        "t0"."opportunity_at" IS NOT NULL
      )
      AND (
        (
          "t0"."opportunity_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."opportunity_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "pipeline",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "customers",
  SUM(
    CASE
      WHEN (
        "t0"."won_at" IS NOT NULL
      )
      AND (
        (
          "t0"."won_at" >= CAST('2026-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
        AND (
          "t0"."won_at" < CAST('2026-10-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
        )
      )
      THEN COALESCE("t0"."amount", 0.0)
      ELSE 0.0
    END
  ) AS "won_revenue"
FROM "leads" AS "t0";

-- query 17
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(ROUND(SUM("t1"."impressions")) AS BIGINT) AS "impressions",
  CAST(ROUND(SUM("t1"."clicks")) AS BIGINT) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
) AS "t1";

-- query 18
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(ROUND(SUM("t1"."impressions")) AS BIGINT) AS "impressions",
  CAST(ROUND(SUM("t1"."clicks")) AS BIGINT) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 10, 1) AND MAKE_DATE(2026, 10, 31)
) AS "t1";

-- query 19
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(ROUND(SUM("t1"."impressions")) AS BIGINT) AS "impressions",
  CAST(ROUND(SUM("t1"."clicks")) AS BIGINT) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 5, 1) AND MAKE_DATE(2026, 5, 31)
) AS "t1";

-- query 20
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(ROUND(SUM("t1"."impressions")) AS BIGINT) AS "impressions",
  CAST(ROUND(SUM("t1"."clicks")) AS BIGINT) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 6, 1) AND MAKE_DATE(2026, 6, 30)
) AS "t1";

-- query 21
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(ROUND(SUM("t1"."impressions")) AS BIGINT) AS "impressions",
  CAST(ROUND(SUM("t1"."clicks")) AS BIGINT) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 7, 1) AND MAKE_DATE(2026, 7, 31)
) AS "t1";

-- query 22
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(ROUND(SUM("t1"."impressions")) AS BIGINT) AS "impressions",
  CAST(ROUND(SUM("t1"."clicks")) AS BIGINT) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 8, 1) AND MAKE_DATE(2026, 8, 31)
) AS "t1";

-- query 23
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(ROUND(SUM("t1"."impressions")) AS BIGINT) AS "impressions",
  CAST(ROUND(SUM("t1"."clicks")) AS BIGINT) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 9, 1) AND MAKE_DATE(2026, 9, 30)
) AS "t1";

-- query 24
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(ROUND(SUM("t1"."impressions")) AS BIGINT) AS "impressions",
  CAST(ROUND(SUM("t1"."clicks")) AS BIGINT) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 9, 1) AND MAKE_DATE(2026, 9, 30)
) AS "t1";
