-- CreateEnum
CREATE TYPE "EvaluationFrequency" AS ENUM ('MONTHLY', 'QUARTERLY');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('DI_ATAS', 'SESUAI', 'DI_BAWAH');

-- CreateEnum
CREATE TYPE "Predikat" AS ENUM ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "OrgResult" AS ENUM ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "CoreValue" AS ENUM ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'AGREED', 'CLOSED');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('KUANTITAS', 'KUALITAS', 'WAKTU', 'KUALITATIF');

-- CreateEnum
CREATE TYPE "EvaluationKind" AS ENUM ('PERIODIC', 'ANNUAL');

-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('OPEN', 'SELF_ASSESSED', 'RATED', 'RELEASED', 'ACKNOWLEDGED', 'APPEALED', 'FINAL');

-- CreateEnum
CREATE TYPE "AppealDecision" AS ENUM ('UPHELD', 'CHANGED');

-- CreateTable
CREATE TABLE "appraisal_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "frequency" "EvaluationFrequency" NOT NULL DEFAULT 'QUARTERLY',
    "appeal_days" SMALLINT NOT NULL DEFAULT 14,
    "feedback_days" SMALLINT NOT NULL DEFAULT 14,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appraisal_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "distribution_rules" (
    "id" SERIAL NOT NULL,
    "org_result" "OrgResult" NOT NULL,
    "predikats" "Predikat"[],
    "min_percent" SMALLINT,
    "max_percent" SMALLINT,
    "require_any" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "distribution_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_year_results" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "result" "OrgResult" NOT NULL,
    "finalized_at" TIMESTAMPTZ(3),
    "override_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_year_results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appraisals" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "rater_id" INTEGER NOT NULL,
    "rater_rater_id" INTEGER,
    "position_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "open_year" SMALLINT,
    "return_comment" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "agreed_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "closed_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appraisals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_results" (
    "id" SERIAL NOT NULL,
    "appraisal_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "text" VARCHAR(500) NOT NULL,
    "parent_result_id" INTEGER,

    CONSTRAINT "plan_results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_indicators" (
    "id" SERIAL NOT NULL,
    "result_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "text" VARCHAR(500) NOT NULL,
    "target_kind" "TargetKind" NOT NULL,
    "target_value" DECIMAL(12,2),
    "target_unit" VARCHAR(60),
    "target_text" VARCHAR(300),

    CONSTRAINT "plan_indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_behaviours" (
    "appraisal_id" INTEGER NOT NULL,
    "value" "CoreValue" NOT NULL,
    "expectation" VARCHAR(500),

    CONSTRAINT "plan_behaviours_pkey" PRIMARY KEY ("appraisal_id","value")
);

-- CreateTable
CREATE TABLE "realizations" (
    "id" SERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "value" DECIMAL(12,2),
    "text" VARCHAR(1000) NOT NULL,
    "link" VARCHAR(500),
    "file_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "realizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_files" (
    "id" SERIAL NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "mime_type" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "performance_notes" (
    "id" SERIAL NOT NULL,
    "appraisal_id" INTEGER NOT NULL,
    "author_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "text" VARCHAR(2000) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "performance_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluations" (
    "id" SERIAL NOT NULL,
    "appraisal_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "rater_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "period_no" SMALLINT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "status" "EvaluationStatus" NOT NULL DEFAULT 'OPEN',
    "self_assessment" VARCHAR(4000),
    "self_assessed_at" TIMESTAMPTZ(3),
    "work_rating" "Rating",
    "behaviour_rating" "Rating",
    "predikat" "Predikat",
    "feedback" VARCHAR(4000),
    "rated_at" TIMESTAMPTZ(3),
    "released_at" TIMESTAMPTZ(3),
    "acknowledged_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "result_ratings" (
    "evaluation_id" INTEGER NOT NULL,
    "result_id" INTEGER NOT NULL,
    "rating" "Rating" NOT NULL,
    "note" VARCHAR(1000),

    CONSTRAINT "result_ratings_pkey" PRIMARY KEY ("evaluation_id","result_id")
);

-- CreateTable
CREATE TABLE "behaviour_ratings" (
    "evaluation_id" INTEGER NOT NULL,
    "value" "CoreValue" NOT NULL,
    "rating" "Rating" NOT NULL,
    "note" VARCHAR(1000),

    CONSTRAINT "behaviour_ratings_pkey" PRIMARY KEY ("evaluation_id","value")
);

-- CreateTable
CREATE TABLE "feedback_requests" (
    "id" SERIAL NOT NULL,
    "evaluation_id" INTEGER NOT NULL,
    "respondent_id" INTEGER NOT NULL,
    "deadline" DATE NOT NULL,
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_answers" (
    "request_id" INTEGER NOT NULL,
    "value" "CoreValue" NOT NULL,
    "rating" "Rating" NOT NULL,
    "comment" VARCHAR(500),

    CONSTRAINT "feedback_answers_pkey" PRIMARY KEY ("request_id","value")
);

-- CreateTable
CREATE TABLE "appeals" (
    "id" SERIAL NOT NULL,
    "evaluation_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "decider_id" INTEGER NOT NULL,
    "reason" VARCHAR(4000) NOT NULL,
    "filed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "AppealDecision",
    "decision_reason" VARCHAR(4000),
    "previous_predikat" "Predikat" NOT NULL,
    "new_work_rating" "Rating",
    "new_behaviour_rating" "Rating",
    "new_predikat" "Predikat",
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "appeals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_performances" (
    "employee_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "predikat" "Predikat" NOT NULL,
    "legacy_score" DECIMAL(5,2),
    "evaluation_id" INTEGER,
    "unit_id" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "annual_performances_pkey" PRIMARY KEY ("employee_id","year")
);

-- CreateTable
CREATE TABLE "credit_awards" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "appraisal_id" INTEGER,
    "year" SMALLINT NOT NULL,
    "functional_level" "FunctionalLevel" NOT NULL,
    "months" SMALLINT NOT NULL,
    "predikat" "Predikat" NOT NULL,
    "percentage" SMALLINT NOT NULL,
    "coefficient" DECIMAL(6,2) NOT NULL,
    "credit" DECIMAL(8,3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "credit_awards_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "distribution_rules_org_result_idx" ON "distribution_rules"("org_result");

-- CreateIndex
CREATE INDEX "unit_year_results_year_idx" ON "unit_year_results"("year");

-- CreateIndex
CREATE UNIQUE INDEX "unit_year_results_unit_id_year_key" ON "unit_year_results"("unit_id", "year");

-- CreateIndex
CREATE INDEX "appraisals_employee_id_year_idx" ON "appraisals"("employee_id", "year");

-- CreateIndex
CREATE INDEX "appraisals_rater_id_year_idx" ON "appraisals"("rater_id", "year");

-- CreateIndex
CREATE INDEX "appraisals_rater_rater_id_year_idx" ON "appraisals"("rater_rater_id", "year");

-- CreateIndex
CREATE INDEX "appraisals_unit_id_year_status_idx" ON "appraisals"("unit_id", "year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "appraisals_employee_id_open_year_key" ON "appraisals"("employee_id", "open_year");

-- CreateIndex
CREATE INDEX "plan_results_appraisal_id_position_idx" ON "plan_results"("appraisal_id", "position");

-- CreateIndex
CREATE INDEX "plan_results_parent_result_id_idx" ON "plan_results"("parent_result_id");

-- CreateIndex
CREATE INDEX "plan_indicators_result_id_position_idx" ON "plan_indicators"("result_id", "position");

-- CreateIndex
CREATE INDEX "realizations_indicator_id_date_idx" ON "realizations"("indicator_id", "date");

-- CreateIndex
CREATE INDEX "realizations_file_id_idx" ON "realizations"("file_id");

-- CreateIndex
CREATE INDEX "evidence_files_owner_id_idx" ON "evidence_files"("owner_id");

-- CreateIndex
CREATE INDEX "performance_notes_appraisal_id_date_idx" ON "performance_notes"("appraisal_id", "date");

-- CreateIndex
CREATE INDEX "evaluations_rater_id_year_idx" ON "evaluations"("rater_id", "year");

-- CreateIndex
CREATE INDEX "evaluations_employee_id_year_idx" ON "evaluations"("employee_id", "year");

-- CreateIndex
CREATE INDEX "evaluations_year_kind_unit_id_predikat_idx" ON "evaluations"("year", "kind", "unit_id", "predikat");

-- CreateIndex
CREATE UNIQUE INDEX "evaluations_appraisal_id_kind_period_no_key" ON "evaluations"("appraisal_id", "kind", "period_no");

-- CreateIndex
CREATE INDEX "result_ratings_result_id_idx" ON "result_ratings"("result_id");

-- CreateIndex
CREATE INDEX "feedback_requests_respondent_id_answered_at_idx" ON "feedback_requests"("respondent_id", "answered_at");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_requests_evaluation_id_respondent_id_key" ON "feedback_requests"("evaluation_id", "respondent_id");

-- CreateIndex
CREATE UNIQUE INDEX "appeals_evaluation_id_key" ON "appeals"("evaluation_id");

-- CreateIndex
CREATE INDEX "appeals_decider_id_decided_at_idx" ON "appeals"("decider_id", "decided_at");

-- CreateIndex
CREATE INDEX "appeals_employee_id_idx" ON "appeals"("employee_id");

-- CreateIndex
CREATE UNIQUE INDEX "annual_performances_evaluation_id_key" ON "annual_performances"("evaluation_id");

-- CreateIndex
CREATE INDEX "annual_performances_year_unit_id_predikat_idx" ON "annual_performances"("year", "unit_id", "predikat");

-- CreateIndex
CREATE UNIQUE INDEX "credit_awards_appraisal_id_key" ON "credit_awards"("appraisal_id");

-- CreateIndex
CREATE INDEX "credit_awards_employee_id_year_idx" ON "credit_awards"("employee_id", "year");

-- AddForeignKey
ALTER TABLE "unit_year_results" ADD CONSTRAINT "unit_year_results_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_rater_id_fkey" FOREIGN KEY ("rater_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_rater_rater_id_fkey" FOREIGN KEY ("rater_rater_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_results" ADD CONSTRAINT "plan_results_appraisal_id_fkey" FOREIGN KEY ("appraisal_id") REFERENCES "appraisals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_results" ADD CONSTRAINT "plan_results_parent_result_id_fkey" FOREIGN KEY ("parent_result_id") REFERENCES "plan_results"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "plan_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_behaviours" ADD CONSTRAINT "plan_behaviours_appraisal_id_fkey" FOREIGN KEY ("appraisal_id") REFERENCES "appraisals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "realizations" ADD CONSTRAINT "realizations_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "plan_indicators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "realizations" ADD CONSTRAINT "realizations_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "evidence_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_notes" ADD CONSTRAINT "performance_notes_appraisal_id_fkey" FOREIGN KEY ("appraisal_id") REFERENCES "appraisals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_notes" ADD CONSTRAINT "performance_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_appraisal_id_fkey" FOREIGN KEY ("appraisal_id") REFERENCES "appraisals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "result_ratings" ADD CONSTRAINT "result_ratings_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "result_ratings" ADD CONSTRAINT "result_ratings_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "plan_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "behaviour_ratings" ADD CONSTRAINT "behaviour_ratings_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_respondent_id_fkey" FOREIGN KEY ("respondent_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "feedback_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decider_id_fkey" FOREIGN KEY ("decider_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_performances" ADD CONSTRAINT "annual_performances_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_awards" ADD CONSTRAINT "credit_awards_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_awards" ADD CONSTRAINT "credit_awards_appraisal_id_fkey" FOREIGN KEY ("appraisal_id") REFERENCES "appraisals"("id") ON DELETE SET NULL ON UPDATE CASCADE;
