using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClusterScope.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObservationRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ObservationRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObservationId = table.Column<long>(type: "INTEGER", nullable: false),
                    OldValue = table.Column<double>(type: "REAL", nullable: false),
                    OldStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OldProvenance = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OldSource = table.Column<string>(type: "TEXT", nullable: true),
                    ReplacedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReplacedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ImportName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObservationRevisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ObservationRevisions_ObservationId",
                table: "ObservationRevisions",
                column: "ObservationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ObservationRevisions");
        }
    }
}
