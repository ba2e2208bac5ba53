using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpenDataPublishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OpenDataChangedAt",
                table: "Organisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataContactEmail",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataDescription",
                table: "Organisations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataLicence",
                table: "Organisations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OpenDataPublished",
                table: "Organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataTitle",
                table: "Organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StatisticsRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Carrier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SharedMachineLines = table.Column<int>(type: "integer", nullable: false),
                    Sums_EnergyBiogas = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_EnergyFossil = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_EnergyLines = table.Column<long>(type: "bigint", nullable: false),
                    Sums_EnergyLiquidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_EnergySolidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_EnergyZeroEmission = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_IdleHours = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleAvoidedBiogas = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleAvoidedFossil = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleAvoidedLiquidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleAvoidedSolidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleAvoidedZeroEmission = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleBaselineEmissions = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleBaselineLitres = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleEffect = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleEffectLiquidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleEmissions = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleEmissionsWithKnownLoad = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_LifeCycleLinesNotAvailable = table.Column<long>(type: "bigint", nullable: false),
                    Sums_LifeCycleMachineEmissions = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_Lines = table.Column<long>(type: "bigint", nullable: false),
                    Sums_MachineHours = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_MachineLines = table.Column<long>(type: "bigint", nullable: false),
                    Sums_OperatingHoursWithIdleReported = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_SiteBiogas = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_SiteFossil = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_SiteLiquidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_SiteSolidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_SiteZeroEmission = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialAvoidedBiogas = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialAvoidedFossil = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialAvoidedLiquidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialAvoidedSolidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialAvoidedZeroEmission = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialBaselineEmissions = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialBaselineLitres = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialEffect = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialEffectLiquidBiofuel = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialEmissions = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialEmissionsWithKnownLoad = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TerritorialLinesNotAvailable = table.Column<long>(type: "bigint", nullable: false),
                    Sums_TerritorialMachineEmissions = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_TonneKm = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_VehicleKm = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_VehicleLines = table.Column<long>(type: "bigint", nullable: false),
                    Sums_ZeroEmissionKm = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_ZeroEmissionMachineHours = table.Column<decimal>(type: "numeric", nullable: false),
                    Sums_ZeroEmissionOrBiogasKm = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatisticsRows_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatisticsRows_ReportSubmissionCalculatedLines_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "ReportSubmissionCalculatedLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsRows_ContractId_Period",
                table: "StatisticsRows",
                columns: new[] { "ContractId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsRows_Month_ContractId",
                table: "StatisticsRows",
                columns: new[] { "Month", "ContractId" });

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsRows_SubmissionId",
                table: "StatisticsRows",
                column: "SubmissionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "OpenDataChangedAt",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataContactEmail",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataDescription",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataLicence",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataPublished",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OpenDataTitle",
                table: "Organisations");
        }
    }
}
