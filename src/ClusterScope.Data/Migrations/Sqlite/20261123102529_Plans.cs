using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClusterScope.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceDocument = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    ScopeRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Comparator = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DeadlineYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BaselineValue = table.Column<double>(type: "REAL", nullable: true),
                    BaselinePeriod = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 96, nullable: true),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferenceIndicator = table.Column<string>(type: "TEXT", maxLength: 96, nullable: true),
                    ReferenceEntity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PartOf = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourceText = table.Column<string>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Targets_Plans_PlanCode",
                        column: x => x.PlanCode,
                        principalTable: "Plans",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Targets_PlanCode_Code",
                table: "Targets",
                columns: new[] { "PlanCode", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Targets");

            migrationBuilder.DropTable(
                name: "Plans");
        }
    }
}
