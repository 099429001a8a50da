-- Whom an authority calls about a case: the view keeps the case manager's subject (beside, not in, the view's data),
-- and the REST answer names them with their work contact from the team directory.
alter table authority_view_case add column case_manager varchar(100);
