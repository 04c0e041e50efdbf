"""Alembic environment: migrations run on the connection (and inside the transaction) that
``desktop_app.store.schema.upgrade`` passes in; nothing here opens or commits anything."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():  # a no-op: the caller's transaction is already open
    context.run_migrations()
