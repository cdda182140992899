variable "dashboard_cidr" {
  type        = string
  description = "who may open the dashboards"
}

resource "aws_security_group" "dashboards" {
  name   = "dashboards"
  vpc_id = "vpc-0abc1234"

  ingress {
    from_port   = 5601
    to_port     = 5601
    protocol    = "tcp"
    cidr_blocks = [var.dashboard_cidr]
  }
}
