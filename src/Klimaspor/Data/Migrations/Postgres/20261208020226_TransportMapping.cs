using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TransportMapping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Sums_DistanceBasedKm",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "Sums_DistanceBasedVehicleLines",
                table: "StatisticsRows",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<decimal>(
                name: "Sums_LifeCycleDistanceBasedEmissions",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "Sums_TerritorialDistanceBasedEmissions",
                table: "StatisticsRows",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "Sums_Trips",
                table: "StatisticsRows",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Rows written before these columns hold no trips and no distance-based part: dropped here, they are
            // rewritten from the counted submissions at the next start (ReportAggregates.Backfill).
            migrationBuilder.Sql("DELETE FROM \"StatisticsRows\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Sums_DistanceBasedKm",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_DistanceBasedVehicleLines",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_LifeCycleDistanceBasedEmissions",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_TerritorialDistanceBasedEmissions",
                table: "StatisticsRows");

            migrationBuilder.DropColumn(
                name: "Sums_Trips",
                table: "StatisticsRows");
        }
    }
}
