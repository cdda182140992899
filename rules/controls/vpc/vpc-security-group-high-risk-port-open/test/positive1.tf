resource "aws_security_group" "reporting_db" {
  name   = "reporting-db"
  vpc_id = "vpc-0abc1234"

  # PostgreSQL open to the world
  ingress {
    description = "postgres"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = "vpc-0abc1234"

  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # the OpenSearch transport and REST ports, over IPv6
  ingress {
    from_port        = 9200
    to_port          = 9300
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}
