-- 14 queries, compiled for duckdb

-- query 1
SELECT
  "t0"."date",
  "t0"."name",
  AVG("t0"."value") AS "value"
FROM "controls" AS "t0"
GROUP BY
  1,
  2;

-- query 2
SELECT
  "t1"."channel",
  "t1"."campaign_id",
  "t1"."audience",
  "t1"."geo",
  "t1"."device",
  "t1"."creative",
  SUM("t1"."spend") AS "spend",
  SUM("t1"."conversions") AS "conversions",
  SUM("t1"."conversion_value") AS "revenue"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" >= MAKE_DATE(2026, 10, 1) AND "t0"."date" <= MAKE_DATE(2026, 10, 31)
) AS "t1"
GROUP BY
  1,
  2,
  3,
  4,
  5,
  6;

-- query 3
SELECT
  "t1"."channel",
  AVG("t1"."value") AS "value"
FROM (
  SELECT
    *
  FROM "benchmarks" AS "t0"
  WHERE
    LOWER("t0"."metric") = 'roas' AND "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 4
SELECT
  "t1"."date",
  "t1"."channel",
  "t1"."campaign_id",
  SUM("t1"."spend") AS "spend"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" >= MAKE_DATE(2026, 10, 1) AND "t0"."date" <= MAKE_DATE(2026, 10, 31)
) AS "t1"
GROUP BY
  1,
  2,
  3;

-- query 5
SELECT
  "t1"."date",
  "t1"."channel",
  SUM("t1"."spend") AS "spend"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" <= MAKE_DATE(2026, 10, 31)
) AS "t1"
GROUP BY
  1,
  2;

-- query 6
SELECT
  "t1"."date",
  SUM("t1"."value") AS "value"
FROM (
  SELECT
    *
  FROM "outcomes" AS "t0"
  WHERE
    "t0"."kpi" = 'revenue' AND "t0"."date" <= MAKE_DATE(2026, 10, 31)
) AS "t1"
GROUP BY
  1;

-- query 7
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

-- query 8
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

-- query 9
SELECT
  *
FROM "budgets" AS "t0"
WHERE
  "t0"."month" IN ('2026-10');

-- query 10
SELECT
  *
FROM "budgets" AS "t0"
WHERE
  "t0"."month" IN ('2026-11');

-- query 11
SELECT
  *
FROM "lift_tests";

-- query 12
SELECT
  *
FROM "targets";

-- query 13
SELECT DISTINCT
  "t0"."kpi"
FROM "outcomes" AS "t0";

-- query 14
SELECT DISTINCT
  "t0"."kpi"
FROM "outcomes" AS "t0";
