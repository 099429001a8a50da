-- A database per service, as on Kubernetes and in ./kim.
CREATE DATABASE kim_cases;
CREATE DATABASE kim_offers;
CREATE DATABASE kim_regions;
CREATE DATABASE kim_gateway;
