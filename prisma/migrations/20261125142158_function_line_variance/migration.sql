-- AlterTable
ALTER TABLE "function_lines" ADD COLUMN     "completion_rate" DECIMAL(12,4),
ADD COLUMN     "explanation" TEXT,
ADD COLUMN     "initial_budget" DECIMAL(18,6),
ADD COLUMN     "narrative_amount" DECIMAL(18,6);

