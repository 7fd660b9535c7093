using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClusterScope.Data.Migrations.Postgres
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
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "text", nullable: false),
                    NameZh = table.Column<string>(type: "text", nullable: false),
                    Issuer = table.Column<string>(type: "text", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceDocument = table.Column<string>(type: "text", nullable: true),
                    PeriodStart = table.Column<int>(type: "integer", nullable: false),
                    PeriodEnd = table.Column<int>(type: "integer", nullable: false),
                    ScopeRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "text", nullable: false),
                    NameZh = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Comparator = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DeadlineYear = table.Column<int>(type: "integer", nullable: false),
                    BaselineValue = table.Column<double>(type: "double precision", nullable: true),
                    BaselinePeriod = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Indicator = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: true),
                    Condition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferenceIndicator = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: true),
                    ReferenceEntity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PartOf = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SourceText = table.Column<string>(type: "text", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
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
