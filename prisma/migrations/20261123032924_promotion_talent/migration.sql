-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'CLOSED');

-- CreateEnum
CREATE TYPE "PromotionRoute" AS ENUM ('REGULER', 'PILIHAN_FUNGSIONAL', 'PILIHAN_STRUKTURAL', 'PENYESUAIAN_IJAZAH', 'PRESTASI');

-- CreateEnum
CREATE TYPE "CommitteeVoteKind" AS ENUM ('CONFLICT', 'RECOMMEND', 'NOT_RECOMMEND');

-- CreateEnum
CREATE TYPE "CommitteeDecision" AS ENUM ('APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SuccessionReadiness" AS ENUM ('READY_NOW', 'READY_1_2_YEARS');

-- AlterTable
ALTER TABLE "positions" ADD COLUMN     "is_key" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "promotion_rounds" (
    "id" SERIAL NOT NULL,
    "period_tmt" DATE NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'DRAFT',
    "chair_id" INTEGER,
    "opened_by_id" INTEGER NOT NULL,
    "screened_at" TIMESTAMPTZ(3),
    "screened_count" INTEGER NOT NULL DEFAULT 0,
    "eligible_count" INTEGER NOT NULL DEFAULT 0,
    "sent_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "promotion_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_candidates" (
    "id" SERIAL NOT NULL,
    "round_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "route" "PromotionRoute" NOT NULL DEFAULT 'REGULER',
    "eligible" BOOLEAN NOT NULL,
    "proposed" BOOLEAN NOT NULL,
    "from_rank_id" INTEGER,
    "to_rank_id" INTEGER,
    "conditions" JSONB NOT NULL,
    "justification" VARCHAR(2000),
    "added_by_id" INTEGER,
    "decision" "CommitteeDecision",
    "decision_reason" VARCHAR(2000),
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "sk_number" VARCHAR(100),
    "sk_date" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "promotion_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placement_selections" (
    "id" SERIAL NOT NULL,
    "position_id" INTEGER NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'DRAFT',
    "tmt" DATE NOT NULL,
    "weights" JSONB NOT NULL,
    "weights_reason" VARCHAR(2000),
    "chair_id" INTEGER,
    "opened_by_id" INTEGER NOT NULL,
    "ranked_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "placement_selections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placement_candidates" (
    "id" SERIAL NOT NULL,
    "selection_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "score" DECIMAL(6,2) NOT NULL,
    "components" JSONB NOT NULL,
    "rank_order" INTEGER NOT NULL,
    "added_manually" BOOLEAN NOT NULL DEFAULT false,
    "justification" VARCHAR(2000),
    "decision" "CommitteeDecision",
    "decision_reason" VARCHAR(2000),
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "sk_number" VARCHAR(100),
    "sk_date" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "placement_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_votes" (
    "id" SERIAL NOT NULL,
    "promotion_candidate_id" INTEGER,
    "placement_candidate_id" INTEGER,
    "member_id" INTEGER NOT NULL,
    "kind" "CommitteeVoteKind" NOT NULL,
    "reason" VARCHAR(2000) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision_corrections" (
    "id" SERIAL NOT NULL,
    "promotion_candidate_id" INTEGER,
    "placement_candidate_id" INTEGER,
    "from_decision" "CommitteeDecision",
    "to_decision" "CommitteeDecision" NOT NULL,
    "reason" VARCHAR(2000) NOT NULL,
    "corrected_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "potential_assessments" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "assessed_on" DATE NOT NULL,
    "source" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "potential_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "succession_candidates" (
    "id" SERIAL NOT NULL,
    "position_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "readiness" "SuccessionReadiness" NOT NULL,
    "note" VARCHAR(1000),
    "added_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "succession_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "promotion_rounds_period_tmt_key" ON "promotion_rounds"("period_tmt");

-- CreateIndex
CREATE INDEX "promotion_rounds_status_period_tmt_idx" ON "promotion_rounds"("status", "period_tmt");

-- CreateIndex
CREATE INDEX "promotion_candidates_round_id_proposed_eligible_idx" ON "promotion_candidates"("round_id", "proposed", "eligible");

-- CreateIndex
CREATE INDEX "promotion_candidates_employee_id_idx" ON "promotion_candidates"("employee_id");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_candidates_round_id_employee_id_key" ON "promotion_candidates"("round_id", "employee_id");

-- CreateIndex
CREATE INDEX "placement_selections_status_created_at_idx" ON "placement_selections"("status", "created_at");

-- CreateIndex
CREATE INDEX "placement_selections_position_id_idx" ON "placement_selections"("position_id");

-- CreateIndex
CREATE INDEX "placement_candidates_selection_id_rank_order_idx" ON "placement_candidates"("selection_id", "rank_order");

-- CreateIndex
CREATE INDEX "placement_candidates_employee_id_idx" ON "placement_candidates"("employee_id");

-- CreateIndex
CREATE UNIQUE INDEX "placement_candidates_selection_id_employee_id_key" ON "placement_candidates"("selection_id", "employee_id");

-- CreateIndex
CREATE INDEX "committee_votes_member_id_idx" ON "committee_votes"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "committee_votes_promotion_candidate_id_member_id_key" ON "committee_votes"("promotion_candidate_id", "member_id");

-- CreateIndex
CREATE UNIQUE INDEX "committee_votes_placement_candidate_id_member_id_key" ON "committee_votes"("placement_candidate_id", "member_id");

-- CreateIndex
CREATE INDEX "decision_corrections_promotion_candidate_id_idx" ON "decision_corrections"("promotion_candidate_id");

-- CreateIndex
CREATE INDEX "decision_corrections_placement_candidate_id_idx" ON "decision_corrections"("placement_candidate_id");

-- CreateIndex
CREATE INDEX "potential_assessments_employee_id_assessed_on_idx" ON "potential_assessments"("employee_id", "assessed_on" DESC);

-- CreateIndex
CREATE INDEX "succession_candidates_employee_id_idx" ON "succession_candidates"("employee_id");

-- CreateIndex
CREATE UNIQUE INDEX "succession_candidates_position_id_employee_id_key" ON "succession_candidates"("position_id", "employee_id");

-- AddForeignKey
ALTER TABLE "promotion_rounds" ADD CONSTRAINT "promotion_rounds_chair_id_fkey" FOREIGN KEY ("chair_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_candidates" ADD CONSTRAINT "promotion_candidates_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "promotion_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_candidates" ADD CONSTRAINT "promotion_candidates_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_selections" ADD CONSTRAINT "placement_selections_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_selections" ADD CONSTRAINT "placement_selections_chair_id_fkey" FOREIGN KEY ("chair_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_candidates" ADD CONSTRAINT "placement_candidates_selection_id_fkey" FOREIGN KEY ("selection_id") REFERENCES "placement_selections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_candidates" ADD CONSTRAINT "placement_candidates_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_votes" ADD CONSTRAINT "committee_votes_promotion_candidate_id_fkey" FOREIGN KEY ("promotion_candidate_id") REFERENCES "promotion_candidates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_votes" ADD CONSTRAINT "committee_votes_placement_candidate_id_fkey" FOREIGN KEY ("placement_candidate_id") REFERENCES "placement_candidates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_votes" ADD CONSTRAINT "committee_votes_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_corrections" ADD CONSTRAINT "decision_corrections_promotion_candidate_id_fkey" FOREIGN KEY ("promotion_candidate_id") REFERENCES "promotion_candidates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_corrections" ADD CONSTRAINT "decision_corrections_placement_candidate_id_fkey" FOREIGN KEY ("placement_candidate_id") REFERENCES "placement_candidates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "potential_assessments" ADD CONSTRAINT "potential_assessments_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "succession_candidates" ADD CONSTRAINT "succession_candidates_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "succession_candidates" ADD CONSTRAINT "succession_candidates_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A vote or a correction belongs to exactly one candidate: of a promotion round or of a selection.
ALTER TABLE "committee_votes" ADD CONSTRAINT "committee_votes_one_candidate" CHECK (num_nonnulls("promotion_candidate_id", "placement_candidate_id") = 1);
ALTER TABLE "decision_corrections" ADD CONSTRAINT "decision_corrections_one_candidate" CHECK (num_nonnulls("promotion_candidate_id", "placement_candidate_id") = 1);
