-- pg_trgm provides gin_trgm_ops for "employees_search_name_trgm_idx" (name search anywhere in the name).
-- The schema does not declare extensions, so the engine does not emit this line: added by hand.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PEGAWAI', 'ATASAN', 'ADMIN_BKD', 'TIM_PENILAI');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "EmploymentStatus" AS ENUM ('PNS', 'PPPK');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('SD', 'SMP', 'SMP_KEJURUAN', 'SMA', 'SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'DOKTER', 'APOTEKER', 'S3');

-- CreateEnum
CREATE TYPE "PositionType" AS ENUM ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA');

-- CreateEnum
CREATE TYPE "FunctionalLevel" AS ENUM ('AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA');

-- CreateEnum
CREATE TYPE "CompetencyKind" AS ENUM ('MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS');

-- CreateEnum
CREATE TYPE "RankChangeKind" AS ENUM ('PENGANGKATAN', 'REGULER', 'PILIHAN_FUNGSIONAL', 'PILIHAN_STRUKTURAL', 'PENYESUAIAN_IJAZAH', 'PRESTASI', 'KOREKSI');

-- CreateTable
CREATE TABLE "org_units" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "parent_id" INTEGER,
    "path" INTEGER[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "org_units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ranks" (
    "id" INTEGER NOT NULL,
    "code" VARCHAR(8) NOT NULL,
    "grade" SMALLINT NOT NULL,
    "room" CHAR(1) NOT NULL,
    "name" VARCHAR(60) NOT NULL,

    CONSTRAINT "ranks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competencies" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "CompetencyKind" NOT NULL,
    "max_level" SMALLINT NOT NULL DEFAULT 5,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "competencies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "positions" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "type" "PositionType" NOT NULL,
    "functional_level" "FunctionalLevel",
    "grade" SMALLINT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "min_rank_id" INTEGER,
    "min_education" "EducationLevel",
    "formation" SMALLINT NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "positions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "position_competencies" (
    "position_id" INTEGER NOT NULL,
    "competency_id" INTEGER NOT NULL,
    "required_level" SMALLINT NOT NULL,

    CONSTRAINT "position_competencies_pkey" PRIMARY KEY ("position_id","competency_id")
);

-- CreateTable
CREATE TABLE "employees" (
    "id" SERIAL NOT NULL,
    "nip" CHAR(18) NOT NULL,
    "name" VARCHAR(150) NOT NULL,
    "search_name" VARCHAR(150) NOT NULL,
    "front_title" VARCHAR(40),
    "back_title" VARCHAR(60),
    "gender" "Gender" NOT NULL,
    "birth_place" VARCHAR(100) NOT NULL,
    "birth_date" DATE NOT NULL,
    "status" "EmploymentStatus" NOT NULL,
    "service_start" DATE NOT NULL,
    "education_level" "EducationLevel" NOT NULL,
    "email" VARCHAR(150),
    "phone" VARCHAR(30),
    "rank_id" INTEGER,
    "rank_tmt" DATE,
    "position_id" INTEGER NOT NULL,
    "position_tmt" DATE NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER,
    "supervisor_path" INTEGER[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "employees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rank_histories" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "rank_id" INTEGER NOT NULL,
    "kind" "RankChangeKind" NOT NULL,
    "tmt" DATE NOT NULL,
    "sk_number" VARCHAR(100) NOT NULL,
    "sk_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rank_histories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "position_histories" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "position_id" INTEGER NOT NULL,
    "position_name" VARCHAR(200) NOT NULL,
    "unit_name" VARCHAR(200) NOT NULL,
    "tmt" DATE NOT NULL,
    "sk_number" VARCHAR(100) NOT NULL,
    "sk_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "position_histories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education_histories" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "level" "EducationLevel" NOT NULL,
    "institution" VARCHAR(200) NOT NULL,
    "major" VARCHAR(150),
    "graduation_date" DATE NOT NULL,
    "certificate_no" VARCHAR(100),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "education_histories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "password_hash" TEXT NOT NULL,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttles" (
    "nip" VARCHAR(32) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("nip")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" VARCHAR(60) NOT NULL,
    "entity_type" VARCHAR(40) NOT NULL,
    "entity_id" VARCHAR(40),
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "org_units_code_key" ON "org_units"("code");

-- CreateIndex
CREATE INDEX "org_units_parent_id_idx" ON "org_units"("parent_id");

-- CreateIndex
CREATE INDEX "org_units_path_idx" ON "org_units" USING GIN ("path");

-- CreateIndex
CREATE UNIQUE INDEX "ranks_code_key" ON "ranks"("code");

-- CreateIndex
CREATE UNIQUE INDEX "competencies_code_key" ON "competencies"("code");

-- CreateIndex
CREATE INDEX "positions_unit_id_name_idx" ON "positions"("unit_id", "name");

-- CreateIndex
CREATE INDEX "positions_type_idx" ON "positions"("type");

-- CreateIndex
CREATE INDEX "position_competencies_competency_id_idx" ON "position_competencies"("competency_id");

-- CreateIndex
CREATE UNIQUE INDEX "employees_nip_key" ON "employees"("nip");

-- CreateIndex
CREATE INDEX "employees_search_name_idx" ON "employees"("search_name");

-- CreateIndex
CREATE INDEX "employees_search_name_trgm_idx" ON "employees" USING GIN ("search_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "employees_unit_id_search_name_idx" ON "employees"("unit_id", "search_name");

-- CreateIndex
CREATE INDEX "employees_rank_id_search_name_idx" ON "employees"("rank_id", "search_name");

-- CreateIndex
CREATE INDEX "employees_position_id_idx" ON "employees"("position_id");

-- CreateIndex
CREATE INDEX "employees_supervisor_id_idx" ON "employees"("supervisor_id");

-- CreateIndex
CREATE INDEX "employees_supervisor_path_idx" ON "employees" USING GIN ("supervisor_path");

-- CreateIndex
CREATE INDEX "rank_histories_employee_id_tmt_idx" ON "rank_histories"("employee_id", "tmt");

-- CreateIndex
CREATE INDEX "position_histories_employee_id_tmt_idx" ON "position_histories"("employee_id", "tmt");

-- CreateIndex
CREATE INDEX "position_histories_position_id_idx" ON "position_histories"("position_id");

-- CreateIndex
CREATE INDEX "education_histories_employee_id_graduation_date_idx" ON "education_histories"("employee_id", "graduation_date");

-- CreateIndex
CREATE UNIQUE INDEX "users_employee_id_key" ON "users"("employee_id");

-- CreateIndex
CREATE INDEX "audit_logs_at_idx" ON "audit_logs"("at" DESC);

-- CreateIndex
CREATE INDEX "audit_logs_entity_type_entity_id_at_idx" ON "audit_logs"("entity_type", "entity_id", "at" DESC);

-- CreateIndex
CREATE INDEX "audit_logs_actor_id_at_idx" ON "audit_logs"("actor_id", "at" DESC);

-- AddForeignKey
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "positions" ADD CONSTRAINT "positions_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "positions" ADD CONSTRAINT "positions_min_rank_id_fkey" FOREIGN KEY ("min_rank_id") REFERENCES "ranks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position_competencies" ADD CONSTRAINT "position_competencies_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position_competencies" ADD CONSTRAINT "position_competencies_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employees" ADD CONSTRAINT "employees_rank_id_fkey" FOREIGN KEY ("rank_id") REFERENCES "ranks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employees" ADD CONSTRAINT "employees_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employees" ADD CONSTRAINT "employees_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employees" ADD CONSTRAINT "employees_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rank_histories" ADD CONSTRAINT "rank_histories_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rank_histories" ADD CONSTRAINT "rank_histories_rank_id_fkey" FOREIGN KEY ("rank_id") REFERENCES "ranks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position_histories" ADD CONSTRAINT "position_histories_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position_histories" ADD CONSTRAINT "position_histories_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_histories" ADD CONSTRAINT "education_histories_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
