using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LargeValuesApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportAuditLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AfterLines = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAuditLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportAuditLines_ReportAudit_Id",
                        column: x => x.Id,
                        principalTable: "ReportAudit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportFileContents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportFileContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportFileContents_ReportFiles_Id",
                        column: x => x.Id,
                        principalTable: "ReportFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissionCalculatedLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CalculatedLines = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissionCalculatedLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissionCalculatedLines_ReportSubmissions_Id",
                        column: x => x.Id,
                        principalTable: "ReportSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissionFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Facts = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissionFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissionFacts_ReportSubmissions_Id",
                        column: x => x.Id,
                        principalTable: "ReportSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissionLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Lines = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissionLines_ReportSubmissions_Id",
                        column: x => x.Id,
                        principalTable: "ReportSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissionWarnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Warnings = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissionWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissionWarnings_ReportSubmissions_Id",
                        column: x => x.Id,
                        principalTable: "ReportSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            Klimaspor.Data.Migrations.LargeValueTables.MoveOut(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "CalculatedLines",
                table: "ReportSubmissions");

            migrationBuilder.DropColumn(
                name: "Facts",
                table: "ReportSubmissions");

            migrationBuilder.DropColumn(
                name: "Lines",
                table: "ReportSubmissions");

            migrationBuilder.DropColumn(
                name: "Warnings",
                table: "ReportSubmissions");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "ReportFiles");

            migrationBuilder.DropColumn(
                name: "AfterLines",
                table: "ReportAudit");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "CalculatedLines",
                table: "ReportSubmissions",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Facts",
                table: "ReportSubmissions",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Lines",
                table: "ReportSubmissions",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Warnings",
                table: "ReportSubmissions",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                table: "ReportFiles",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "AfterLines",
                table: "ReportAudit",
                type: "bytea",
                nullable: true);

            Klimaspor.Data.Migrations.LargeValueTables.MoveBack(migrationBuilder);

            migrationBuilder.DropTable(
                name: "ReportAuditLines");

            migrationBuilder.DropTable(
                name: "ReportFileContents");

            migrationBuilder.DropTable(
                name: "ReportSubmissionCalculatedLines");

            migrationBuilder.DropTable(
                name: "ReportSubmissionFacts");

            migrationBuilder.DropTable(
                name: "ReportSubmissionLines");

            migrationBuilder.DropTable(
                name: "ReportSubmissionWarnings");
        }
    }
}
