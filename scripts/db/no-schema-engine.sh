#!/bin/sh
# Prisma's CLI wants its native schema engine, which cannot be downloaded on these machines.
# `prisma generate` only needs the variable to point at a file; every command that would really run
# the engine ends here with a clear message instead of a download error.
echo "Prisma's native schema engine is not available here: use npm run db:migrate, db:migration or db:check." >&2
exit 1
