-- Offers are searched by quarter (OfferSearch); IndexedLookupsTest keeps every reference indexed.
create index offer_quarter on offer (quarter_id);
