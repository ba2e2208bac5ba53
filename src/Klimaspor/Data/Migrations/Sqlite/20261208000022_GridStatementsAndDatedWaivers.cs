using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GridStatementsAndDatedWaivers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ApprovedFromDate",
                table: "Waivers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApprovedToDate",
                table: "Waivers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FromDate",
                table: "Waivers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ToDate",
                table: "Waivers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Waivers by dates (issue 14 item 5): each waiver covers its months' first to last day; an approved one all of them.
            migrationBuilder.Sql("""
                UPDATE "Waivers" SET "FromDate" = "PeriodFrom" || '-01', "ToDate" = date("PeriodTo" || '-01', '+1 month', '-1 day');
                UPDATE "Waivers" SET "ApprovedFromDate" = "FromDate", "ApprovedToDate" = "ToDate" WHERE "Status" = 'Approved';
                """);

            migrationBuilder.CreateTable(
                name: "GridStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Site = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PeriodFrom = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PeriodTo = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    NeededKw = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    AvailableKw = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    GridOwnerReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RowVersion = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridStatements_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridStatements_Organisations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GridStatements_ContractId_Status",
                table: "GridStatements",
                columns: new[] { "ContractId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GridStatements_SupplierId",
                table: "GridStatements",
                column: "SupplierId");

            // Grid capacity is the site's statement (issue 14 item 4): every grid-capacity waiver's figures become a statement for
            // the contract as a whole (a waiver named no site), decided as the waiver was, under the waiver's id. The waiver
            // itself stays: it still exempts its machine where no relief applies.
            migrationBuilder.Sql("""
                INSERT INTO "GridStatements" ("Id", "ContractId", "SupplierId", "Site", "PeriodFrom", "PeriodTo", "NeededKw", "AvailableKw",
                    "GridOwnerReference", "Status", "StatedBy", "StatedAt", "DecisionComment", "DecidedBy", "DecidedAt", "UpdatedAt", "RowVersion")
                SELECT "Id", "ContractId", "SupplierId", NULL, "PeriodFrom", "PeriodTo", "NeededKw", "AvailableKw",
                    substr(COALESCE("GridOwnerStatement", "Reference"), 1, 200),
                    CASE "Status" WHEN 'Approved' THEN 'Accepted' WHEN 'Rejected' THEN 'Rejected' ELSE 'Stated' END,
                    "AppliedBy", "AppliedAt", "DecisionComment", "DecidedBy", "DecidedAt", "UpdatedAt", "RowVersion"
                FROM "Waivers" WHERE "Reason" = 'GridCapacity' AND "AvailableKw" IS NOT NULL AND "NeededKw" IS NOT NULL;
                """);

            // SQLite drops an unindexed column in place (3.35 and later); EF Core's DropColumn would rebuild the table, with
            // "PRAGMA foreign_keys" outside the migration's transaction (docs/adr/0008).
            migrationBuilder.Sql("""ALTER TABLE "Waivers" DROP COLUMN "PeriodFrom";""");
            migrationBuilder.Sql("""ALTER TABLE "Waivers" DROP COLUMN "PeriodTo";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A waiver waiting for more documentation was assessed before; the status column is short again.
            migrationBuilder.Sql("""UPDATE "Waivers" SET "Status" = 'Assessed' WHERE "Status" = 'MoreDocumentationNeeded';""");

            migrationBuilder.DropTable(
                name: "GridStatements");

            migrationBuilder.AddColumn<string>(
                name: "PeriodFrom",
                table: "Waivers",
                type: "TEXT",
                maxLength: 7,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PeriodTo",
                table: "Waivers",
                type: "TEXT",
                maxLength: 7,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""UPDATE "Waivers" SET "PeriodFrom" = substr("FromDate", 1, 7), "PeriodTo" = substr("ToDate", 1, 7);""");

            migrationBuilder.Sql("""ALTER TABLE "Waivers" DROP COLUMN "ApprovedFromDate";""");
            migrationBuilder.Sql("""ALTER TABLE "Waivers" DROP COLUMN "ApprovedToDate";""");
            migrationBuilder.Sql("""ALTER TABLE "Waivers" DROP COLUMN "FromDate";""");
            migrationBuilder.Sql("""ALTER TABLE "Waivers" DROP COLUMN "ToDate";""");
        }
    }
}
