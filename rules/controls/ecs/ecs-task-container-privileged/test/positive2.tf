# container definitions written as a heredoc
resource "aws_ecs_task_definition" "build_agent" {
  family       = "build-agent"
  network_mode = "host"

  container_definitions = <<-JSON
    [
      {
        "name": "agent",
        "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/build-agent:3.4",
        "memory": 2048,
        "essential": true,
        "privileged": true
      }
    ]
  JSON
}
