using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataContactEmail",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataDescription",
                table: "Organisations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataLicence",
                table: "Organisations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OpenDataPublished",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OpenDataTitle",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StatisticsRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SharedMachineLines = table.Column<int>(type: "INTEGER", nullable: false),
                    Sums_EnergyBiogas = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_EnergyFossil = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_EnergyLines = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_EnergyLiquidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_EnergySolidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_EnergyZeroEmission = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_IdleHours = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleAvoidedBiogas = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleAvoidedFossil = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleAvoidedLiquidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleAvoidedSolidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleAvoidedZeroEmission = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleBaselineEmissions = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleBaselineLitres = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleEffect = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleEffectLiquidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleEmissions = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleEmissionsWithKnownLoad = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleLinesNotAvailable = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_LifeCycleMachineEmissions = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_Lines = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_MachineHours = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_MachineLines = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_OperatingHoursWithIdleReported = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_SiteBiogas = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_SiteFossil = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_SiteLiquidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_SiteSolidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_SiteZeroEmission = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialAvoidedBiogas = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialAvoidedFossil = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialAvoidedLiquidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialAvoidedSolidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialAvoidedZeroEmission = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialBaselineEmissions = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialBaselineLitres = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialEffect = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialEffectLiquidBiofuel = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialEmissions = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialEmissionsWithKnownLoad = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialLinesNotAvailable = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TerritorialMachineEmissions = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_TonneKm = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_VehicleKm = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_VehicleLines = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_ZeroEmissionKm = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_ZeroEmissionMachineHours = table.Column<long>(type: "INTEGER", nullable: false),
                    Sums_ZeroEmissionOrBiogasKm = table.Column<long>(type: "INTEGER", nullable: false)
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
