-- AlterTable
ALTER TABLE "promotion_candidates" ALTER COLUMN "conditions" SET DATA TYPE JSON;
