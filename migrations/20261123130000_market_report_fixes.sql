-- Weekly forecasts carried over from fair_forecast (20261123120000) were stored as 'submitted' without a
-- review item: they were sent straight to the city before review existed, so no city reviewer could ever
-- receive them and they would wait as 已报送 for ever. The city had them when they were sent; they count as
-- received (已接收) from that moment. Reports that went through review always have a workflow item, so a
-- submitted report without one can only be such a forecast.
UPDATE market_report
SET status = 'accepted', accepted_at = submitted_at, version = version + 1
WHERE kind = 'weekly_forecast' AND status = 'submitted' AND workflow_item_id IS NULL;
