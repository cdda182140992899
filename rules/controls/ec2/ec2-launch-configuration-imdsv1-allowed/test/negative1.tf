resource "aws_launch_configuration" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_autoscaling_group" "web" {
  name                 = "web"
  launch_configuration = aws_launch_configuration.web.name
  min_size             = 2
  max_size             = 6
  vpc_zone_identifier  = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}
