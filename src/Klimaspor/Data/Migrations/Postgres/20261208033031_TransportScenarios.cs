using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TransportScenarios : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TransportScenarios",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    WindowFrom = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    WindowTo = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    BaselineJson = table.Column<string>(type: "text", nullable: false),
                    LeversJson = table.Column<string>(type: "text", nullable: false),
                    ResultJson = table.Column<string>(type: "text", nullable: false),
                    TerritorialFactorSet = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    LifeCycleFactorSet = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    StrategyContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    StrategyAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportScenarios", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransportScenarios_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportScenarios_Contracts_StrategyContractId",
                        column: x => x.StrategyContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportScenarios_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransportScenarios_ContractId",
                table: "TransportScenarios",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportScenarios_OrganisationId_CreatedAt",
                table: "TransportScenarios",
                columns: new[] { "OrganisationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TransportScenarios_StrategyContractId",
                table: "TransportScenarios",
                column: "StrategyContractId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransportScenarios");
        }
    }
}
