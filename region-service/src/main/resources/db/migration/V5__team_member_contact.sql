-- Whom to call: providers and authorities see the case manager's work phone and e-mail (staff contact, not client data).
alter table team_member add column phone varchar(30);
alter table team_member add column email varchar(200);
