-- ImmunoSep Phenotyper: create a shared ward database with least-privilege roles.
--
-- Run once per database as a PostgreSQL superuser (or a role with CREATEROLE and CREATEDB):
--
--   psql -v db=immunosep -v owner=immunosep_owner -v app=immunosep_app \
--        -f postgresql-setup.sql
--
-- owner  owns the database and its schema; only it runs `immunosep db migrate` (DDL).
-- app    the role every workstation logs in as: it may read the records and add new ones
--        (SELECT, INSERT); it can never UPDATE, DELETE or TRUNCATE a record or an audit
--        entry. Triggers created by the migrations refuse those statements as a second line,
--        for the owner too. Corrections and "entered in error" are new rows.
--
-- Neither role gets a password here: set one with \password ROLE (the workstations read it
-- from the OS keyring or ~/.pgpass), or map the roles to Kerberos principals (GSSAPI) in
-- pg_hba.conf. Require TLS there (hostssl ... scram-sha-256 or gss) and give the clients the
-- CA certificate for sslmode=verify-full (docs/database.md).
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0 LOCALE %L',
              :'db', :'owner', 'UTF8', 'C') \gexec
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"app";

\connect :"db"
-- Only the owner creates objects; the application role only uses them.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"owner";
GRANT USAGE ON SCHEMA public TO :"app";
-- Every table and sequence the owner's migrations create: read and append, nothing else.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
