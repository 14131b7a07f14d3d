-- DropIndex
DROP INDEX "development_hours_year_employee_id_idx";

-- CreateIndex
CREATE INDEX "development_hours_year_employee_id_hours_idx" ON "development_hours"("year", "employee_id", "hours");
