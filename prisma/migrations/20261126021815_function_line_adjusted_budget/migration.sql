-- AlterTable
ALTER TABLE "function_lines" ADD COLUMN     "adjusted_budget" DECIMAL(18,6);

