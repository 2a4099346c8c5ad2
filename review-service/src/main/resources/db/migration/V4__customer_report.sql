-- The customer version of a deliverable frozen at submission: only its customer summary (002 §V.D.2–3).
alter table deliverable add column customer_report_markdown text;
