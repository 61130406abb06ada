-- 10 queries, compiled for pyspark

-- query 1
SELECT
  `t1`.`channel`,
  `t1`.`audience`,
  SUM(`t1`.`spend`) AS `spend`,
  SUM(`t1`.`conversions`) AS `conversions`,
  SUM(`t1`.`conversion_value`) AS `revenue`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` >= MAKE_DATE(2026, 10, 1) AND `t0`.`date` <= MAKE_DATE(2026, 10, 31)
) AS `t1`
GROUP BY
  1,
  2;

-- query 2
SELECT
  `t1`.`channel`,
  `t1`.`campaign_id`,
  SUM(`t1`.`spend`) AS `spend`,
  SUM(`t1`.`conversions`) AS `conversions`,
  SUM(`t1`.`conversion_value`) AS `revenue`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` >= MAKE_DATE(2026, 10, 1) AND `t0`.`date` <= MAKE_DATE(2026, 10, 31)
) AS `t1`
GROUP BY
  1,
  2;

-- query 3
SELECT
  `t1`.`channel`,
  `t1`.`creative`,
  SUM(`t1`.`spend`) AS `spend`,
  SUM(`t1`.`conversions`) AS `conversions`,
  SUM(`t1`.`conversion_value`) AS `revenue`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` >= MAKE_DATE(2026, 10, 1) AND `t0`.`date` <= MAKE_DATE(2026, 10, 31)
) AS `t1`
GROUP BY
  1,
  2;

-- query 4
SELECT
  `t1`.`channel`,
  `t1`.`device`,
  SUM(`t1`.`spend`) AS `spend`,
  SUM(`t1`.`conversions`) AS `conversions`,
  SUM(`t1`.`conversion_value`) AS `revenue`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` >= MAKE_DATE(2026, 10, 1) AND `t0`.`date` <= MAKE_DATE(2026, 10, 31)
) AS `t1`
GROUP BY
  1,
  2;

-- query 5
SELECT
  `t1`.`channel`,
  `t1`.`geo`,
  SUM(`t1`.`spend`) AS `spend`,
  SUM(`t1`.`conversions`) AS `conversions`,
  SUM(`t1`.`conversion_value`) AS `revenue`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` >= MAKE_DATE(2026, 10, 1) AND `t0`.`date` <= MAKE_DATE(2026, 10, 31)
) AS `t1`
GROUP BY
  1,
  2;

-- query 6
SELECT
  `t1`.`date`,
  `t1`.`channel`,
  `t1`.`campaign_id`,
  SUM(`t1`.`spend`) AS `spend`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` >= MAKE_DATE(2026, 10, 1) AND `t0`.`date` <= MAKE_DATE(2026, 10, 31)
) AS `t1`
GROUP BY
  1,
  2,
  3;

-- query 7
SELECT
  `t1`.`date`,
  `t1`.`channel`,
  `t1`.`campaign_id`,
  SUM(`t1`.`spend`) AS `spend`,
  SUM(`t1`.`conversion_value`) AS `revenue`,
  SUM(`t1`.`conversions`) AS `conversions`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` <= MAKE_DATE(2026, 10, 31)
) AS `t1`
GROUP BY
  1,
  2,
  3;

-- query 8
SELECT
  *
FROM `budgets` AS `t0`
WHERE
  `t0`.`month` IN ('2026-10');

-- query 9
SELECT
  *
FROM `targets`;

-- query 10
SELECT
  MAX(`t1`.`date`) AS `Max(date)`
FROM (
  SELECT
    *
  FROM `ad_performance` AS `t0`
  WHERE
    `t0`.`date` <= MAKE_DATE(2026, 11, 23)
) AS `t1`;
