-- 73 queries, compiled for duckdb

-- query 1
SELECT
  "t0"."campaign_id",
  "t0"."start_date",
  "t0"."end_date"
FROM "campaigns" AS "t0";

-- query 2
SELECT
  "t1"."audience",
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 3
SELECT
  "t1"."campaign_id",
  "t1"."channel",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 4
SELECT
  "t1"."campaign_id",
  "t1"."channel",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 5
SELECT
  "t1"."campaign_id",
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 6
SELECT
  "t1"."campaign_id",
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 7
SELECT
  "t1"."campaign_id",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 8
SELECT
  "t1"."campaign_id",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 9
SELECT
  "t1"."campaign_id",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "budgets" AS "t0"
  WHERE
    "t0"."campaign_id" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 10
SELECT
  "t1"."campaign_id",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "campaigns" AS "t0"
  WHERE
    "t0"."campaign_id" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 11
SELECT
  "t1"."campaign_id",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 12
SELECT
  "t1"."campaign_id",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "targets" AS "t0"
  WHERE
    "t0"."campaign_id" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 13
SELECT
  "t1"."campaign_id",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "touchpoints" AS "t0"
  WHERE
    "t0"."campaign_id" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 14
SELECT
  "t1"."campaign_id",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 15
SELECT
  "t1"."channel",
  "t1"."date",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 16
SELECT
  "t1"."channel",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 17
SELECT
  "t1"."channel",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 18
SELECT
  "t1"."channel",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 19
SELECT
  "t1"."channel",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "budgets" AS "t0"
  WHERE
    "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 20
SELECT
  "t1"."channel",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "campaigns" AS "t0"
  WHERE
    "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 21
SELECT
  "t1"."channel",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "leads" AS "t0"
  WHERE
    "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 22
SELECT
  "t1"."channel",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "targets" AS "t0"
  WHERE
    "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 23
SELECT
  "t1"."channel",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "touchpoints" AS "t0"
  WHERE
    "t0"."channel" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 24
SELECT
  "t1"."channel",
  SUM("t1"."planned_spend") AS "planned"
FROM (
  SELECT
    *
  FROM "budgets" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
) AS "t1"
GROUP BY
  1;

-- query 25
SELECT
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND "t0"."device" = 'mobile'
    AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 26
SELECT
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 27
SELECT
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 28
SELECT
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 29
SELECT
  "t1"."company_size",
  "t1"."channel",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 30
SELECT
  "t1"."country",
  "t1"."channel",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 31
SELECT
  "t1"."creative",
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 32
SELECT
  "t1"."date",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1;

-- query 33
SELECT
  "t1"."device",
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 34
SELECT
  "t1"."geo",
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 35
SELECT
  "t1"."industry",
  "t1"."channel",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 36
SELECT
  "t1"."lead_type",
  "t1"."channel",
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 37
SELECT
  "t1"."name",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "campaigns" AS "t0"
  WHERE
    "t0"."name" IS NOT NULL
) AS "t1"
GROUP BY
  1;

-- query 38
SELECT
  "t1"."platform",
  "t1"."channel",
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1"
GROUP BY
  1,
  2;

-- query 39
SELECT
  *
FROM "benchmarks";

-- query 40
SELECT
  *
FROM "benchmarks";

-- query 41
SELECT
  *
FROM "campaigns" AS "t0"
WHERE
  "t0"."campaign_id" = 'FL-OFFER';

-- query 42
SELECT
  *
FROM "conversions" AS "t0"
WHERE
  "t0"."ts" >= MAKE_TIMESTAMPTZ(2026, 6, 29, 0, 0, 0.0, 'UTC')
  AND "t0"."ts" < MAKE_TIMESTAMPTZ(2026, 8, 10, 0, 0, 0.0, 'UTC')
  AND "t0"."conversion_id" IS NOT NULL
  AND "t0"."conversion_id" IN ('CV5018', 'CV7560')
ORDER BY
  "t0"."conversion_id" ASC,
  "t0"."ts" ASC
LIMIT 5;

-- query 43
SELECT
  *
FROM "targets";

-- query 44
SELECT
  *
FROM "targets";

-- query 45
SELECT
  *
FROM "targets";

-- query 46
SELECT
  *
FROM "timeline_events" AS "t0"
WHERE
  "t0"."campaign_id" = 'FL-OFFER';

-- query 47
SELECT
  *
FROM (
  SELECT
    "t1"."channel",
    "t1"."campaign_id",
    "t1"."date",
    SUM("t1"."spend") AS "spend",
    SUM("t1"."impressions") AS "impressions",
    SUM("t1"."clicks") AS "clicks",
    COUNT(*) AS "rows"
  FROM (
    SELECT
      *
    FROM "ad_performance" AS "t0"
    WHERE
      "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
      AND "t0"."campaign_id" IS NOT NULL
  ) AS "t1"
  GROUP BY
    1,
    2,
    3
) AS "t2"
ORDER BY
  "t2"."channel" ASC,
  "t2"."campaign_id" ASC,
  "t2"."date" ASC;

-- query 48
SELECT
  *
FROM (
  SELECT
    "t1"."channel",
    "t1"."date",
    SUM("t1"."clicks") AS "clicks",
    SUM("t1"."sessions") AS "sessions",
    SUM("t1"."spend") AS "spend"
  FROM (
    SELECT
      *
    FROM "ad_performance" AS "t0"
    WHERE
      "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
      AND "t0"."sessions" IS NOT NULL
  ) AS "t1"
  GROUP BY
    1,
    2
) AS "t2"
ORDER BY
  "t2"."channel" ASC,
  "t2"."date" ASC;

-- query 49
SELECT
  *
FROM (
  SELECT
    "t1"."channel",
    "t1"."date",
    SUM("t1"."spend") AS "spend",
    SUM("t1"."impressions") AS "impressions",
    SUM("t1"."clicks") AS "clicks",
    COUNT(*) AS "rows"
  FROM (
    SELECT
      *
    FROM "ad_performance" AS "t0"
    WHERE
      "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
  ) AS "t1"
  GROUP BY
    1,
    2
) AS "t2"
ORDER BY
  "t2"."channel" ASC,
  "t2"."date" ASC;

-- query 50
SELECT
  *
FROM (
  SELECT
    "t1"."channel",
    "t1"."date",
    SUM("t1"."spend") AS "spend",
    SUM("t1"."impressions") AS "impressions",
    SUM("t1"."clicks") AS "clicks",
    COUNT(*) AS "rows"
  FROM (
    SELECT
      *
    FROM "ad_performance" AS "t0"
    WHERE
      "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
  ) AS "t1"
  GROUP BY
    1,
    2
) AS "t2"
ORDER BY
  "t2"."channel" ASC,
  "t2"."date" ASC;

-- query 51
SELECT
  *
FROM (
  SELECT
    "t1"."channel",
    COUNT(*) AS "rows",
    MIN("t1"."date") AS "first",
    MAX("t1"."date") AS "last",
    COUNT(DISTINCT "t1"."date") AS "days"
  FROM (
    SELECT
      *
    FROM "ad_performance" AS "t0"
    WHERE
      "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
      AND "t0"."clicks" > "t0"."impressions"
  ) AS "t1"
  GROUP BY
    1
) AS "t2"
ORDER BY
  "t2"."channel" ASC;

-- query 52
SELECT
  *
FROM (
  SELECT
    "t1"."channel",
    COUNT(*) AS "rows",
    MIN("t1"."date") AS "first",
    MAX("t1"."date") AS "last",
    COUNT(DISTINCT "t1"."date") AS "days"
  FROM (
    SELECT
      *
    FROM "ad_performance" AS "t0"
    WHERE
      "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
      AND "t0"."conversions" > "t0"."clicks"
      AND NOT (
        (
          "t0"."spend" > 0
        )
        AND (
          "t0"."impressions" = 0
        )
        AND (
          "t0"."clicks" = 0
        )
      )
  ) AS "t1"
  GROUP BY
    1
) AS "t2"
ORDER BY
  "t2"."channel" ASC;

-- query 53
SELECT
  *
FROM (
  SELECT
    "t1"."channel",
    COUNT(*) AS "rows",
    SUM("t1"."spend") AS "spend",
    MIN("t1"."date") AS "first",
    MAX("t1"."date") AS "last"
  FROM (
    SELECT
      *
    FROM "ad_performance" AS "t0"
    WHERE
      "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
      AND "t0"."campaign_id" IS NULL
      AND "t0"."spend" > 0
  ) AS "t1"
  GROUP BY
    1
) AS "t2"
ORDER BY
  "t2"."channel" ASC;

-- query 54
SELECT
  *
FROM (
  SELECT
    "t1"."conversion_id",
    COUNT(*) AS "n",
    SUM("t1"."value") - MAX("t1"."value") AS "extra_value",
    MIN("t1"."ts") AS "first",
    MAX("t1"."ts") AS "last"
  FROM (
    SELECT
      *
    FROM "conversions" AS "t0"
    WHERE
      "t0"."ts" >= MAKE_TIMESTAMPTZ(2026, 6, 29, 0, 0, 0.0, 'UTC')
      AND "t0"."ts" < MAKE_TIMESTAMPTZ(2026, 8, 10, 0, 0, 0.0, 'UTC')
      AND "t0"."conversion_id" IS NOT NULL
  ) AS "t1"
  GROUP BY
    1
) AS "t2"
WHERE
  "t2"."n" > 1
ORDER BY
  "t2"."n" DESC,
  "t2"."conversion_id" ASC
LIMIT 5;

-- query 55
SELECT
  *
FROM (
  SELECT
    "t7"."campaign_id",
    "t7"."start_date",
    "t7"."end_date",
    COUNT(*) AS "rows",
    MIN("t7"."event_day") AS "first",
    MAX("t7"."event_day") AS "last",
    COALESCE(SUM(CASE WHEN "t7"."event_day" < "t7"."start_date" THEN 1 ELSE 0 END), 0) AS "before"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t5"."date",
        "t5"."channel",
        "t5"."spend",
        "t5"."impressions",
        "t5"."clicks",
        "t5"."conversions",
        "t5"."campaign_id",
        "t5"."platform",
        "t5"."audience",
        "t5"."geo",
        "t5"."device",
        "t5"."creative",
        "t5"."reach",
        "t5"."sessions",
        "t5"."engaged_sessions",
        "t5"."conversion_value",
        "t5"."deliveries",
        "t5"."opens",
        "t5"."unsubscribes",
        "t5"."video_views",
        "t5"."engagements",
        "t5"."event_day",
        "t3"."campaign_id_ref",
        "t3"."start_date",
        "t3"."end_date"
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
          "t0"."date" AS "event_day"
        FROM "ad_performance" AS "t0"
        WHERE
          "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
          AND "t0"."campaign_id" IS NOT NULL
          AND (
            (
              "t0"."spend" > 0
            ) OR (
              "t0"."impressions" > 0
            )
          )
      ) AS "t5"
      INNER JOIN (
        SELECT
          "t1"."campaign_id" AS "campaign_id_ref",
          "t1"."start_date",
          "t1"."end_date"
        FROM "campaigns" AS "t1"
      ) AS "t3"
        ON "t5"."campaign_id" = "t3"."campaign_id_ref"
    ) AS "t6"
    WHERE
      (
        "t6"."event_day" < "t6"."start_date"
      )
      OR (
        "t6"."event_day" > (
          "t6"."end_date" + INTERVAL '0' DAY
        )
      )
  ) AS "t7"
  GROUP BY
    1,
    2,
    3
) AS "t8"
ORDER BY
  "t8"."campaign_id" ASC;

-- query 56
SELECT
  *
FROM (
  SELECT
    "t7"."campaign_id",
    "t7"."start_date",
    "t7"."end_date",
    COUNT(*) AS "rows",
    MIN("t7"."event_day") AS "first",
    MAX("t7"."event_day") AS "last",
    COALESCE(SUM(CASE WHEN "t7"."event_day" < "t7"."start_date" THEN 1 ELSE 0 END), 0) AS "before"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t5"."lead_id",
        "t5"."created_at",
        "t5"."channel",
        "t5"."campaign_id",
        "t5"."score",
        "t5"."mql_at",
        "t5"."sql_at",
        "t5"."opportunity_at",
        "t5"."won_at",
        "t5"."lost_at",
        "t5"."amount",
        "t5"."disqualified_reason",
        "t5"."company_size",
        "t5"."industry",
        "t5"."country",
        "t5"."lead_type",
        "t5"."event_day",
        "t4"."campaign_id_ref",
        "t4"."start_date",
        "t4"."end_date"
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
          CAST("t0"."created_at" AS DATE) AS "event_day"
        FROM "leads" AS "t0"
        WHERE
          "t0"."created_at" >= MAKE_TIMESTAMPTZ(2026, 6, 29, 0, 0, 0.0, 'UTC')
          AND "t0"."created_at" < MAKE_TIMESTAMPTZ(2026, 8, 10, 0, 0, 0.0, 'UTC')
          AND "t0"."campaign_id" IS NOT NULL
      ) AS "t5"
      INNER JOIN (
        SELECT
          "t1"."campaign_id" AS "campaign_id_ref",
          "t1"."start_date",
          "t1"."end_date"
        FROM "campaigns" AS "t1"
      ) AS "t4"
        ON "t5"."campaign_id" = "t4"."campaign_id_ref"
    ) AS "t6"
    WHERE
      (
        "t6"."event_day" < "t6"."start_date"
      )
      OR (
        "t6"."event_day" > (
          "t6"."end_date" + INTERVAL '30' DAY
        )
      )
  ) AS "t7"
  GROUP BY
    1,
    2,
    3
) AS "t8"
ORDER BY
  "t8"."campaign_id" ASC;

-- query 57
SELECT
  *
FROM (
  SELECT
    "t7"."campaign_id",
    "t7"."start_date",
    "t7"."end_date",
    COUNT(*) AS "rows",
    MIN("t7"."event_day") AS "first",
    MAX("t7"."event_day") AS "last",
    COALESCE(SUM(CASE WHEN "t7"."event_day" < "t7"."start_date" THEN 1 ELSE 0 END), 0) AS "before"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t5"."user_id",
        "t5"."ts",
        "t5"."channel",
        "t5"."campaign_id",
        "t5"."interaction",
        "t5"."content_id",
        "t5"."event_day",
        "t4"."campaign_id_ref",
        "t4"."start_date",
        "t4"."end_date"
      FROM (
        SELECT
          "t0"."user_id",
          "t0"."ts",
          "t0"."channel",
          "t0"."campaign_id",
          "t0"."interaction",
          "t0"."content_id",
          CAST("t0"."ts" AS DATE) AS "event_day"
        FROM "touchpoints" AS "t0"
        WHERE
          "t0"."ts" >= MAKE_TIMESTAMPTZ(2026, 6, 29, 0, 0, 0.0, 'UTC')
          AND "t0"."ts" < MAKE_TIMESTAMPTZ(2026, 8, 10, 0, 0, 0.0, 'UTC')
          AND "t0"."campaign_id" IS NOT NULL
      ) AS "t5"
      INNER JOIN (
        SELECT
          "t1"."campaign_id" AS "campaign_id_ref",
          "t1"."start_date",
          "t1"."end_date"
        FROM "campaigns" AS "t1"
      ) AS "t4"
        ON "t5"."campaign_id" = "t4"."campaign_id_ref"
    ) AS "t6"
    WHERE
      (
        "t6"."event_day" < "t6"."start_date"
      )
      OR (
        "t6"."event_day" > (
          "t6"."end_date" + INTERVAL '0' DAY
        )
      )
  ) AS "t7"
  GROUP BY
    1,
    2,
    3
) AS "t8"
ORDER BY
  "t8"."campaign_id" ASC;

-- query 58
SELECT
  COUNT(*) AS "CountStar()"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
    AND "t0"."campaign_id" IS NOT NULL
) AS "t1";

-- query 59
SELECT
  COUNT(*) AS "ids",
  SUM("t3"."n") AS "rows",
  SUM("t3"."extra_value") AS "extra_value",
  MIN("t3"."first") AS "first",
  MAX("t3"."last") AS "last"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t1"."conversion_id",
      COUNT(*) AS "n",
      SUM("t1"."value") - MAX("t1"."value") AS "extra_value",
      MIN("t1"."ts") AS "first",
      MAX("t1"."ts") AS "last"
    FROM (
      SELECT
        *
      FROM "conversions" AS "t0"
      WHERE
        "t0"."ts" >= MAKE_TIMESTAMPTZ(2026, 6, 29, 0, 0, 0.0, 'UTC')
        AND "t0"."ts" < MAKE_TIMESTAMPTZ(2026, 8, 10, 0, 0, 0.0, 'UTC')
        AND "t0"."conversion_id" IS NOT NULL
    ) AS "t1"
    GROUP BY
      1
  ) AS "t2"
  WHERE
    "t2"."n" > 1
) AS "t3";

-- query 60
SELECT
  COUNT(*) AS "ids",
  SUM("t7"."rows") AS "rows"
FROM (
  SELECT
    "t6"."campaign_id",
    COUNT(*) AS "rows"
  FROM (
    SELECT
      "t5"."lead_id",
      "t5"."created_at",
      "t5"."channel",
      "t5"."campaign_id",
      "t5"."score",
      "t5"."mql_at",
      "t5"."sql_at",
      "t5"."opportunity_at",
      "t5"."won_at",
      "t5"."lost_at",
      "t5"."amount",
      "t5"."disqualified_reason",
      "t5"."company_size",
      "t5"."industry",
      "t5"."country",
      "t5"."lead_type"
    FROM (
      SELECT
        *
      FROM "leads" AS "t0"
      WHERE
        "t0"."created_at" >= MAKE_TIMESTAMPTZ(2026, 6, 29, 0, 0, 0.0, 'UTC')
        AND "t0"."created_at" < MAKE_TIMESTAMPTZ(2026, 8, 10, 0, 0, 0.0, 'UTC')
        AND "t0"."campaign_id" IS NOT NULL
    ) AS "t5"
    ANTI JOIN (
      SELECT DISTINCT
        "t1"."campaign_id" AS "campaign_id_ref"
      FROM "campaigns" AS "t1"
    ) AS "t4"
      ON "t5"."campaign_id" = "t4"."campaign_id_ref"
  ) AS "t6"
  GROUP BY
    1
) AS "t7";

-- query 61
SELECT
  COUNT(*) AS "ids",
  SUM("t7"."rows") AS "rows"
FROM (
  SELECT
    "t6"."campaign_id",
    COUNT(*) AS "rows"
  FROM (
    SELECT
      "t5"."metric",
      "t5"."target",
      "t5"."campaign_id",
      "t5"."channel",
      "t5"."month",
      "t5"."direction"
    FROM (
      SELECT
        *
      FROM "targets" AS "t0"
      WHERE
        "t0"."month" = '2026-06-29..2026-08-09' AND "t0"."campaign_id" IS NOT NULL
    ) AS "t5"
    ANTI JOIN (
      SELECT DISTINCT
        "t1"."campaign_id" AS "campaign_id_ref"
      FROM "campaigns" AS "t1"
    ) AS "t4"
      ON "t5"."campaign_id" = "t4"."campaign_id_ref"
  ) AS "t6"
  GROUP BY
    1
) AS "t7";

-- query 62
SELECT
  COUNT(*) AS "ids",
  SUM("t7"."rows") AS "rows"
FROM (
  SELECT
    "t6"."campaign_id",
    COUNT(*) AS "rows"
  FROM (
    SELECT
      "t5"."month",
      "t5"."planned_spend",
      "t5"."channel",
      "t5"."campaign_id"
    FROM (
      SELECT
        *
      FROM "budgets" AS "t0"
      WHERE
        "t0"."month" = '2026-06-29..2026-08-09' AND "t0"."campaign_id" IS NOT NULL
    ) AS "t5"
    ANTI JOIN (
      SELECT DISTINCT
        "t1"."campaign_id" AS "campaign_id_ref"
      FROM "campaigns" AS "t1"
    ) AS "t4"
      ON "t5"."campaign_id" = "t4"."campaign_id_ref"
  ) AS "t6"
  GROUP BY
    1
) AS "t7";

-- query 63
SELECT
  COUNT(*) AS "ids",
  SUM("t7"."rows") AS "rows"
FROM (
  SELECT
    "t6"."campaign_id",
    COUNT(*) AS "rows"
  FROM (
    SELECT
      "t5"."user_id",
      "t5"."ts",
      "t5"."channel",
      "t5"."campaign_id",
      "t5"."interaction",
      "t5"."content_id"
    FROM (
      SELECT
        *
      FROM "touchpoints" AS "t0"
      WHERE
        "t0"."ts" >= MAKE_TIMESTAMPTZ(2026, 6, 29, 0, 0, 0.0, 'UTC')
        AND "t0"."ts" < MAKE_TIMESTAMPTZ(2026, 8, 10, 0, 0, 0.0, 'UTC')
        AND "t0"."campaign_id" IS NOT NULL
    ) AS "t5"
    ANTI JOIN (
      SELECT DISTINCT
        "t1"."campaign_id" AS "campaign_id_ref"
      FROM "campaigns" AS "t1"
    ) AS "t4"
      ON "t5"."campaign_id" = "t4"."campaign_id_ref"
  ) AS "t6"
  GROUP BY
    1
) AS "t7";

-- query 64
SELECT
  COUNT(*) AS "ids",
  SUM("t7"."rows") AS "rows",
  SUM("t7"."spend") AS "spend"
FROM (
  SELECT
    "t6"."campaign_id",
    COUNT(*) AS "rows",
    SUM("t6"."spend") AS "spend"
  FROM (
    SELECT
      "t5"."date",
      "t5"."channel",
      "t5"."spend",
      "t5"."impressions",
      "t5"."clicks",
      "t5"."conversions",
      "t5"."campaign_id",
      "t5"."platform",
      "t5"."audience",
      "t5"."geo",
      "t5"."device",
      "t5"."creative",
      "t5"."reach",
      "t5"."sessions",
      "t5"."engaged_sessions",
      "t5"."conversion_value",
      "t5"."deliveries",
      "t5"."opens",
      "t5"."unsubscribes",
      "t5"."video_views",
      "t5"."engagements"
    FROM (
      SELECT
        *
      FROM "ad_performance" AS "t0"
      WHERE
        "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
        AND "t0"."campaign_id" IS NOT NULL
    ) AS "t5"
    ANTI JOIN (
      SELECT DISTINCT
        "t1"."campaign_id" AS "campaign_id_ref"
      FROM "campaigns" AS "t1"
    ) AS "t4"
      ON "t5"."campaign_id" = "t4"."campaign_id_ref"
  ) AS "t6"
  GROUP BY
    1
) AS "t7";

-- query 65
SELECT
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1";

-- query 66
SELECT
  COUNT(*) AS "leads",
  SUM(
    CASE
      WHEN (
        (
          "t1"."mql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."mql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "mqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."sql_at" IS NOT NULL
        )
        AND (
          CAST("t1"."sql_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "sqls",
  SUM(
    CASE
      WHEN (
        (
          "t1"."opportunity_at" IS NOT NULL
        )
        AND (
          CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      OR (
        (
          "t1"."won_at" IS NOT NULL
        )
        AND (
          CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN 1
      ELSE 0
    END
  ) AS "won",
  SUM(
    CASE
      WHEN (
        (
          (
            "t1"."opportunity_at" IS NOT NULL
          )
          AND (
            CAST("t1"."opportunity_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      AND (
        (
          (
            "t1"."won_at" IS NOT NULL
          )
          AND (
            CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
        OR (
          (
            "t1"."lost_at" IS NOT NULL
          )
          AND (
            CAST("t1"."lost_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
          )
        )
      )
      THEN 1
      ELSE 0
    END
  ) AS "closed_opportunities",
  SUM(
    CASE
      WHEN (
        "t1"."won_at" IS NOT NULL
      )
      AND (
        CAST("t1"."won_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
      )
      THEN "t1"."amount"
      ELSE 0.0
    END
  ) AS "won_amount"
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
    CAST("t0"."created_at" AS DATE) AS "created_date"
  FROM "leads" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND CAST("t0"."created_at" AS DATE) <= MAKE_DATE(2026, 11, 23)
) AS "t1";

-- query 67
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER'
    AND "t0"."device" = 'mobile'
    AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1";

-- query 68
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1";

-- query 69
SELECT
  SUM("t1"."spend") AS "spend",
  CAST(SUM("t1"."impressions") AS DOUBLE) AS "impressions",
  CAST(SUM("t1"."clicks") AS DOUBLE) AS "clicks",
  SUM("t1"."conversions") AS "conversions",
  CAST(SUM("t1"."reach") AS DOUBLE) AS "reach",
  CAST(SUM("t1"."sessions") AS DOUBLE) AS "sessions",
  CAST(SUM("t1"."engaged_sessions") AS DOUBLE) AS "engaged_sessions",
  SUM("t1"."conversion_value") AS "conversion_value",
  CAST(SUM("t1"."deliveries") AS DOUBLE) AS "deliveries",
  CAST(SUM("t1"."opens") AS DOUBLE) AS "opens",
  CAST(SUM("t1"."unsubscribes") AS DOUBLE) AS "unsubscribes",
  CAST(SUM("t1"."video_views") AS DOUBLE) AS "video_views",
  CAST(SUM("t1"."engagements") AS DOUBLE) AS "engagements",
  SUM(
    CASE
      WHEN "t1"."opens" IS NOT NULL
      THEN CAST("t1"."clicks" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
  ) AS "email_clicks",
  COUNT(*) AS "rows"
FROM (
  SELECT
    *
  FROM "ad_performance" AS "t0"
  WHERE
    "t0"."campaign_id" = 'FL-OFFER' AND "t0"."date" <= MAKE_DATE(2026, 11, 23)
) AS "t1";

-- query 70
SELECT DISTINCT
  "t0"."channel"
FROM "ad_performance" AS "t0"
WHERE
  "t0"."campaign_id" = 'FL-OFFER';

-- query 71
SELECT DISTINCT
  "t0"."channel"
FROM "leads" AS "t0"
WHERE
  "t0"."campaign_id" = 'FL-OFFER';

-- query 72
SELECT DISTINCT
  "t0"."channel",
  "t0"."date"
FROM "ad_performance" AS "t0"
WHERE
  "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
  AND "t0"."clicks" > "t0"."impressions";

-- query 73
SELECT DISTINCT
  "t0"."channel",
  "t0"."date"
FROM "ad_performance" AS "t0"
WHERE
  "t0"."date" BETWEEN MAKE_DATE(2026, 6, 29) AND MAKE_DATE(2026, 8, 9)
  AND "t0"."conversions" > "t0"."clicks"
  AND NOT (
    (
      "t0"."spend" > 0
    )
    AND (
      "t0"."impressions" = 0
    )
    AND (
      "t0"."clicks" = 0
    )
  );
