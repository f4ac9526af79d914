META
key;value
description;zero-cost projects (a random instance, kept for its pabutools outcomes)
num_projects;6
num_votes;3
budget;162
vote_type;approval
min_project_score_threshold;3
PROJECTS
project_id;cost;votes;name
9;0;2;project 9
3;50;3;project 3
6;0;2;project 6
8;80;3;project 8
2;40;3;project 2
5;3;3;project 5
VOTES
voter_id;vote
1;2,8,9,6,5,3
2;2,9,6,5,3,8
3;5,8,2,3
