-- DropIndex
DROP INDEX "potential_assessments_employee_id_assessed_on_idx";

-- CreateIndex
CREATE INDEX "annual_performances_latest_idx" ON "annual_performances"("employee_id", "year" DESC, "predikat");

-- CreateIndex
CREATE INDEX "potential_assessments_latest_idx" ON "potential_assessments"("employee_id", "assessed_on" DESC, "id" DESC, "score");
