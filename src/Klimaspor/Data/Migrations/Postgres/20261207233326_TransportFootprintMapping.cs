using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TransportFootprintMapping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SpendDefaultsJson",
                table: "Organisations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CpvCode",
                table: "Contracts",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FootprintCategory",
                table: "Contracts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Deliveries");

            // Existing contracts get BuyZET's category from their contract category, as new ones do by default
            // (FootprintCategories.DefaultFor): a procured transport service is 2, everything else 3.
            migrationBuilder.Sql("UPDATE \"Contracts\" SET \"FootprintCategory\" = 'TransportService' WHERE \"Category\" = 'Transporttjeneste'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SpendDefaultsJson",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CpvCode",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "FootprintCategory",
                table: "Contracts");
        }
    }
}
