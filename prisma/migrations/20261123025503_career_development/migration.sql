-- CreateEnum
CREATE TYPE "TrainingType" AS ENUM ('KLASIKAL', 'NON_KLASIKAL');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('KEPEMIMPINAN', 'MANAJERIAL', 'TEKNIS', 'FUNGSIONAL', 'SEMINAR', 'KURSUS', 'E_LEARNING', 'COACHING', 'MENTORING', 'MAGANG', 'DETASERING', 'KOMUNITAS_BELAJAR');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('DARING', 'LURING', 'CAMPURAN');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'APPROVED', 'DECLINED', 'CANCELLED', 'COMPLETED', 'NOT_COMPLETED');

-- CreateEnum
CREATE TYPE "ExternalTrainingStatus" AS ENUM ('SUBMITTED', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DevelopmentSource" AS ENUM ('TRAINING', 'EXTERNAL', 'MENTORING');

-- CreateEnum
CREATE TYPE "SanctionLevel" AS ENUM ('RINGAN', 'SEDANG', 'BERAT');

-- CreateEnum
CREATE TYPE "MentoringStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- CreateTable
CREATE TABLE "trainings" (
    "id" SERIAL NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "type" "TrainingType" NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "provider" VARCHAR(200) NOT NULL,
    "mode" "DeliveryMode" NOT NULL,
    "location" VARCHAR(200),
    "description" VARCHAR(4000),
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "registration_deadline" DATE NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,
    "quota" INTEGER NOT NULL,
    "seats_taken" INTEGER NOT NULL DEFAULT 0,
    "position_types" "PositionType"[],
    "min_rank_id" INTEGER,
    "unit_id" INTEGER,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trainings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_competencies" (
    "training_id" INTEGER NOT NULL,
    "competency_id" INTEGER NOT NULL,

    CONSTRAINT "training_competencies_pkey" PRIMARY KEY ("training_id","competency_id")
);

-- CreateTable
CREATE TABLE "training_registrations" (
    "id" SERIAL NOT NULL,
    "training_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "motivation" VARCHAR(1000),
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decider_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "decline_reason" VARCHAR(1000),
    "completed_at" DATE,
    "certificate_number" VARCHAR(100),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "training_registrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "external_trainings" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "provider" VARCHAR(200) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,
    "certificate_number" VARCHAR(100) NOT NULL,
    "file_id" INTEGER,
    "status" "ExternalTrainingStatus" NOT NULL DEFAULT 'SUBMITTED',
    "verifier_id" INTEGER,
    "verified_at" TIMESTAMPTZ(3),
    "reject_reason" VARCHAR(1000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "external_trainings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "development_hours" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "date" DATE NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,
    "source" "DevelopmentSource" NOT NULL,
    "source_id" INTEGER NOT NULL,
    "type" "TrainingType" NOT NULL,
    "title" VARCHAR(200) NOT NULL,

    CONSTRAINT "development_hours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competency_assessments" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "competency_id" INTEGER NOT NULL,
    "level" SMALLINT NOT NULL,
    "assessed_on" DATE NOT NULL,
    "source" VARCHAR(200) NOT NULL,
    "notes" VARCHAR(1000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competency_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "awards" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "grantor" VARCHAR(200) NOT NULL,
    "sk_number" VARCHAR(100) NOT NULL,
    "sk_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "awards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sanctions" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "level" "SanctionLevel" NOT NULL,
    "kind" VARCHAR(200) NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "blocks_promotion" BOOLEAN NOT NULL,
    "sk_number" VARCHAR(100) NOT NULL,
    "sk_date" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sanctions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentoring_pairs" (
    "id" SERIAL NOT NULL,
    "mentor_id" INTEGER NOT NULL,
    "mentee_id" INTEGER NOT NULL,
    "goals" VARCHAR(2000) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "status" "MentoringStatus" NOT NULL DEFAULT 'ACTIVE',
    "outcome" VARCHAR(2000),
    "opened_by_id" INTEGER NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mentoring_pairs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentoring_sessions" (
    "id" SERIAL NOT NULL,
    "pair_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "topic" VARCHAR(200) NOT NULL,
    "notes" VARCHAR(2000),
    "minutes" SMALLINT NOT NULL,
    "logged_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mentoring_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "career_targets" (
    "employee_id" INTEGER NOT NULL,
    "position_id" INTEGER NOT NULL,
    "chosen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "career_targets_pkey" PRIMARY KEY ("employee_id")
);

-- CreateIndex
CREATE INDEX "trainings_published_start_date_idx" ON "trainings"("published", "start_date");

-- CreateIndex
CREATE INDEX "training_competencies_competency_id_idx" ON "training_competencies"("competency_id");

-- CreateIndex
CREATE INDEX "training_registrations_employee_id_status_idx" ON "training_registrations"("employee_id", "status");

-- CreateIndex
CREATE INDEX "training_registrations_training_id_status_idx" ON "training_registrations"("training_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "training_registrations_training_id_employee_id_key" ON "training_registrations"("training_id", "employee_id");

-- CreateIndex
CREATE INDEX "external_trainings_employee_id_start_date_idx" ON "external_trainings"("employee_id", "start_date");

-- CreateIndex
CREATE INDEX "external_trainings_status_created_at_idx" ON "external_trainings"("status", "created_at");

-- CreateIndex
CREATE INDEX "external_trainings_file_id_idx" ON "external_trainings"("file_id");

-- CreateIndex
CREATE INDEX "development_hours_year_employee_id_idx" ON "development_hours"("year", "employee_id");

-- CreateIndex
CREATE INDEX "development_hours_employee_id_date_idx" ON "development_hours"("employee_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "development_hours_source_source_id_key" ON "development_hours"("source", "source_id");

-- CreateIndex
CREATE INDEX "competency_assessments_employee_id_competency_id_assessed_o_idx" ON "competency_assessments"("employee_id", "competency_id", "assessed_on");

-- CreateIndex
CREATE INDEX "awards_employee_id_sk_date_idx" ON "awards"("employee_id", "sk_date");

-- CreateIndex
CREATE INDEX "sanctions_employee_id_start_date_idx" ON "sanctions"("employee_id", "start_date");

-- CreateIndex
CREATE INDEX "mentoring_pairs_mentor_id_status_idx" ON "mentoring_pairs"("mentor_id", "status");

-- CreateIndex
CREATE INDEX "mentoring_pairs_mentee_id_status_idx" ON "mentoring_pairs"("mentee_id", "status");

-- CreateIndex
CREATE INDEX "mentoring_sessions_pair_id_date_idx" ON "mentoring_sessions"("pair_id", "date");

-- CreateIndex
CREATE INDEX "career_targets_position_id_idx" ON "career_targets"("position_id");

-- AddForeignKey
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_competencies" ADD CONSTRAINT "training_competencies_training_id_fkey" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_competencies" ADD CONSTRAINT "training_competencies_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_training_id_fkey" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_decider_id_fkey" FOREIGN KEY ("decider_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "evidence_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_verifier_id_fkey" FOREIGN KEY ("verifier_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_hours" ADD CONSTRAINT "development_hours_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "awards" ADD CONSTRAINT "awards_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "mentoring_pairs_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "mentoring_pairs_mentee_id_fkey" FOREIGN KEY ("mentee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_pair_id_fkey" FOREIGN KEY ("pair_id") REFERENCES "mentoring_pairs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "career_targets" ADD CONSTRAINT "career_targets_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "career_targets" ADD CONSTRAINT "career_targets_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
