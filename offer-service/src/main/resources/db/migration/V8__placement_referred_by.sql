-- The referring case manager's work contact, for the provider's questions about a referral. Staff
-- contact, not the referred person's data; null for referrals requested before it was sent.
alter table placement add column referred_by_name varchar(200);
alter table placement add column referred_by_phone varchar(100);
alter table placement add column referred_by_email varchar(254);
