using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "Sums_MassTransportBiogasKm",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Sums_MassTransportKm",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Sums_MassTransportZeroEmissionKm",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Sums_WasteTransportBiogasKm",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Sums_WasteTransportKm",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Sums_WasteTransportZeroEmissionKm",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "ClimateBudgetReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Tertial = table.Column<int>(type: "integer", nullable: false),
                    ProducedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProducedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FiguresJson = table.Column<string>(type: "text", nullable: false),
                    SubmissionsJson = table.Column<string>(type: "text", nullable: false)
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
