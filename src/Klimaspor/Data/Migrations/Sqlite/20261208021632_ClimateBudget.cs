using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClimateBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Definitions",
                table: "StatisticsRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "Sums_MassTransportBiogasKm",
                table: "StatisticsRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Sums_MassTransportKm",
                table: "StatisticsRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Sums_MassTransportZeroEmissionKm",
                table: "StatisticsRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Sums_WasteTransportBiogasKm",
                table: "StatisticsRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Sums_WasteTransportKm",
                table: "StatisticsRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Sums_WasteTransportZeroEmissionKm",
                table: "StatisticsRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "ClimateBudgetReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tertial = table.Column<int>(type: "INTEGER", nullable: false),
                    ProducedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProducedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false),
                    SubmissionsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClimateBudgetReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClimateBudgetReports_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClimateBudgetReports_UnitId_Year_Tertial",
                table: "ClimateBudgetReports",
                columns: new[] { "UnitId", "Year", "Tertial" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClimateBudgetReports");

            migrationBuilder.DropColumn(
                name: "Definitions",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_MassTransportBiogasKm",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_MassTransportKm",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_MassTransportZeroEmissionKm",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_WasteTransportBiogasKm",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_WasteTransportKm",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_WasteTransportZeroEmissionKm",
                table: "StatisticsRows");
        }
    }
}
