using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Klimaspor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Networks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Networks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TerritorialFactorSetKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TerritorialFactorSetVersion = table.Column<int>(type: "integer", nullable: false),
                    LifeCycleFactorSetKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LifeCycleFactorSetVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Networks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Networks_Organisations_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgNo = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sharing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMembers_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMembers_NetworkId_OrgNo",
                table: "NetworkMembers",
                columns: new[] { "NetworkId", "OrgNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMembers_OrgNo_Status",
                table: "NetworkMembers",
                columns: new[] { "OrgNo", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Networks_CreatedById",
                table: "Networks",
                column: "CreatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NetworkMembers");

            migrationBuilder.DropTable(
                name: "Networks");
        }
    }
}
