using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConcurrencyTokenNamedRowVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Version",
                table: "Requirements",
                newName: "RowVersion");

            migrationBuilder.RenameColumn(
                name: "Version",
                table: "Contracts",
                newName: "RowVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "RowVersion",
                table: "Requirements",
                newName: "Version");

            migrationBuilder.RenameColumn(
                name: "RowVersion",
                table: "Contracts",
                newName: "Version");
        }
    }
}
