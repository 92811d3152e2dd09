-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('budget', 'final');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('parsed', 'published', 'superseded', 'withdrawn');

-- CreateEnum
CREATE TYPE "SourceUnit" AS ENUM ('万元', '元');

-- CreateEnum
CREATE TYPE "CodeLevel" AS ENUM ('class', 'section', 'item');

-- CreateEnum
CREATE TYPE "ProvenanceKind" AS ENUM ('table', 'sentence');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('error', 'warning', 'info');

-- CreateEnum
CREATE TYPE "UploadOutcome" AS ENUM ('parsed', 'published', 'rejected', 'duplicate');

-- CreateTable
CREATE TABLE "districts" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "districts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "departments" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parent_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" SERIAL NOT NULL,
    "department_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "title" TEXT,
    "status" "DocumentStatus" NOT NULL DEFAULT 'parsed',
    "file_name" TEXT NOT NULL,
    "file_bytes" BYTEA NOT NULL,
    "file_sha256" CHAR(64) NOT NULL,
    "file_size" INTEGER NOT NULL,
    "mime_type" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "extracted_text" TEXT NOT NULL,
    "parser_version" TEXT NOT NULL,
    "source_unit" "SourceUnit",
    "income_total" DECIMAL(18,6),
    "expenditure_total" DECIMAL(18,6),
    "basic_total" DECIMAL(18,6),
    "project_total" DECIMAL(18,6),
    "personnel_total" DECIMAL(18,6),
    "public_total" DECIMAL(18,6),
    "uploaded_by_id" INTEGER,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),
    "supersedes_id" INTEGER,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_tables" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "number" TEXT,
    "unit" "SourceUnit",
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "is_empty" BOOLEAN NOT NULL,
    "none_note" TEXT,

    CONSTRAINT "source_tables_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "function_lines" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "code" VARCHAR(7) NOT NULL,
    "level" "CodeLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "is_primary" BOOLEAN NOT NULL,
    "total" DECIMAL(18,6),
    "basic" DECIMAL(18,6),
    "project" DECIMAL(18,6),
    "personnel" DECIMAL(18,6),
    "public" DECIMAL(18,6),
    "source_kind" "ProvenanceKind" NOT NULL,
    "table_kind" TEXT,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "excerpt" TEXT,

    CONSTRAINT "function_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "economic_lines" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "level" "CodeLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "is_primary" BOOLEAN NOT NULL,
    "total" DECIMAL(18,6),
    "personnel" DECIMAL(18,6),
    "public" DECIMAL(18,6),
    "source_kind" "ProvenanceKind" NOT NULL,
    "table_kind" TEXT,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "excerpt" TEXT,

    CONSTRAINT "economic_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "amount" DECIMAL(18,6),
    "initial_budget" DECIMAL(18,6),
    "adjusted_budget" DECIMAL(18,6),
    "executed" DECIMAL(18,6),
    "unit" TEXT,
    "source_kind" "ProvenanceKind" NOT NULL,
    "table_kind" TEXT,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "excerpt" TEXT,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "summary_figures" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DECIMAL(18,6) NOT NULL,
    "is_count" BOOLEAN NOT NULL DEFAULT false,
    "source_kind" "ProvenanceKind" NOT NULL,
    "table_kind" TEXT,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "excerpt" TEXT,

    CONSTRAINT "summary_figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "narrative_statements" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "code" TEXT,
    "subject" TEXT NOT NULL,
    "subject_kind" TEXT NOT NULL,
    "amount" DECIMAL(18,6),
    "initial_budget" DECIMAL(18,6),
    "prior_year" DECIMAL(18,6),
    "prior_year_label" TEXT,
    "change" DECIMAL(18,6),
    "change_rate" DECIMAL(12,4),
    "completion_rate" DECIMAL(12,4),
    "explanation" TEXT,
    "is_none" BOOLEAN NOT NULL DEFAULT false,
    "source_kind" "ProvenanceKind" NOT NULL,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "excerpt" TEXT,

    CONSTRAINT "narrative_statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "message" TEXT NOT NULL,
    "codes" TEXT[],
    "lines" INTEGER[],
    "expected" DECIMAL(18,6),
    "actual" DECIMAL(18,6),

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admin_users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMP(3),

    CONSTRAINT "admin_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admin_sessions" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "admin_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "upload_logs" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "file_name" TEXT NOT NULL,
    "file_size" INTEGER NOT NULL,
    "file_sha256" CHAR(64),
    "outcome" "UploadOutcome" NOT NULL,
    "reason" TEXT,
    "document_id" INTEGER,

    CONSTRAINT "upload_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "districts_city_name_key" ON "districts"("city", "name");

-- CreateIndex
CREATE INDEX "departments_kind_idx" ON "departments"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "departments_district_id_name_key" ON "departments"("district_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "documents_file_sha256_key" ON "documents"("file_sha256");

-- CreateIndex
CREATE UNIQUE INDEX "documents_supersedes_id_key" ON "documents"("supersedes_id");

-- CreateIndex
CREATE INDEX "documents_department_id_fiscal_year_kind_idx" ON "documents"("department_id", "fiscal_year", "kind");

-- CreateIndex
CREATE INDEX "documents_fiscal_year_kind_status_idx" ON "documents"("fiscal_year", "kind", "status");

-- CreateIndex
CREATE INDEX "source_tables_document_id_idx" ON "source_tables"("document_id");

-- CreateIndex
CREATE INDEX "function_lines_document_id_is_primary_idx" ON "function_lines"("document_id", "is_primary");

-- CreateIndex
CREATE INDEX "function_lines_code_is_primary_idx" ON "function_lines"("code", "is_primary");

-- CreateIndex
CREATE INDEX "economic_lines_document_id_is_primary_idx" ON "economic_lines"("document_id", "is_primary");

-- CreateIndex
CREATE INDEX "economic_lines_code_is_primary_idx" ON "economic_lines"("code", "is_primary");

-- CreateIndex
CREATE INDEX "projects_document_id_idx" ON "projects"("document_id");

-- CreateIndex
CREATE INDEX "projects_code_idx" ON "projects"("code");

-- CreateIndex
CREATE INDEX "summary_figures_document_id_key_idx" ON "summary_figures"("document_id", "key");

-- CreateIndex
CREATE INDEX "summary_figures_key_idx" ON "summary_figures"("key");

-- CreateIndex
CREATE INDEX "narrative_statements_document_id_idx" ON "narrative_statements"("document_id");

-- CreateIndex
CREATE INDEX "narrative_statements_code_idx" ON "narrative_statements"("code");

-- CreateIndex
CREATE INDEX "findings_document_id_severity_idx" ON "findings"("document_id", "severity");

-- CreateIndex
CREATE INDEX "findings_rule_idx" ON "findings"("rule");

-- CreateIndex
CREATE UNIQUE INDEX "admin_users_email_key" ON "admin_users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "admin_sessions_token_hash_key" ON "admin_sessions"("token_hash");

-- CreateIndex
CREATE INDEX "admin_sessions_user_id_idx" ON "admin_sessions"("user_id");

-- CreateIndex
CREATE INDEX "upload_logs_at_idx" ON "upload_logs"("at");

-- AddForeignKey
ALTER TABLE "departments" ADD CONSTRAINT "departments_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_tables" ADD CONSTRAINT "source_tables_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_lines" ADD CONSTRAINT "function_lines_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "economic_lines" ADD CONSTRAINT "economic_lines_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "summary_figures" ADD CONSTRAINT "summary_figures_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "narrative_statements" ADD CONSTRAINT "narrative_statements_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admin_sessions" ADD CONSTRAINT "admin_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "upload_logs" ADD CONSTRAINT "upload_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "upload_logs" ADD CONSTRAINT "upload_logs_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

