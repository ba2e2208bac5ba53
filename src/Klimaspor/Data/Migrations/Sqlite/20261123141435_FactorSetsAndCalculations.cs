using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FactorSetsAndCalculations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LifeCycleFactorSetKey",
                table: "Organisations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerritorialFactorSetKey",
                table: "Organisations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Calculations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LinesJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    TerritorialKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TerritorialVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    LifeCycleKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LifeCycleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    RecalculationOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Calculations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FactorSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Boundary = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuiltIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RowVersion = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactorSets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Calculations_OrganisationId",
                table: "Calculations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Calculations_RecalculationOf",
                table: "Calculations",
                column: "RecalculationOf");

            migrationBuilder.CreateIndex(
                name: "IX_FactorSets_Key_Version",
                table: "FactorSets",
                columns: new[] { "Key", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Calculations");

            migrationBuilder.DropTable(
                name: "FactorSets");

            migrationBuilder.DropColumn(
                name: "LifeCycleFactorSetKey",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "TerritorialFactorSetKey",
                table: "Organisations");
        }
    }
}
