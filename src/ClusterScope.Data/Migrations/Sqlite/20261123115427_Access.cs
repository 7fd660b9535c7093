using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClusterScope.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Access : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ZoneAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ZoneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZoneAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ZoneAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ZoneAssignments_Zones_ZoneCode",
                        column: x => x.ZoneCode,
                        principalTable: "Zones",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ZoneAssignments_UserId_ZoneCode",
                table: "ZoneAssignments",
                columns: new[] { "UserId", "ZoneCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ZoneAssignments_ZoneCode",
                table: "ZoneAssignments",
                column: "ZoneCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ZoneAssignments");
        }
    }
}
